package vn.antq.campaigns.domain;

import java.util.Set;
import java.util.UUID;

/** The registry's answer to "do these models exist in the caller's province?" (a remote call). */
public interface ModelDirectory {

  /**
   * The ids among {@code models} that name no model of the caller's province.
   *
   * @throws vn.antq.core.DomainException.Unavailable when the registry cannot answer in time
   */
  Set<UUID> missing(Set<UUID> models);
}
