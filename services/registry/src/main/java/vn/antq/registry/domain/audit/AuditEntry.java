package vn.antq.registry.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded national operation: who (subject, roles, province of a refused province caller), what, when. */
public record AuditEntry(UUID id, Instant time, String subject, List<String> roles, String callerProvince,
                         String operation, String access, String request, boolean allowed) {

  public AuditEntry {
    roles = List.copyOf(roles);
  }
}
