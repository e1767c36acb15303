package vn.antq.members;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.antq.core.Role;

/**
 * Settings of the members service ({@code antq.members}).
 *
 * @param protection keys of the encrypted columns and of the national ID index (from a secret)
 * @param privacy who may read national IDs in full
 * @param imports limits of bulk imports
 */
@ConfigurationProperties("antq.members")
public record MembersProperties(@DefaultValue Protection protection, @DefaultValue Privacy privacy,
                                @DefaultValue Imports imports) {

  /**
   * @param keys AES-256 keys as "id:base64,id:base64"
   * @param activeKey the id of the key new values are encrypted with
   * @param indexKey HMAC-SHA256 key (base64) of the national ID index
   */
  public record Protection(String keys, String activeKey, String indexKey) {}

  public record Privacy(@DefaultValue("PROVINCE_ADMIN") Set<Role> unmaskRoles) {}

  /**
   * @param maxFileSize largest file accepted
   * @param maxRows most member rows in one file
   * @param concurrent imports running at once in one instance
   */
  public record Imports(@DefaultValue("16MB") DataSize maxFileSize, @DefaultValue("50000") int maxRows,
                        @DefaultValue("2") int concurrent) {}
}
