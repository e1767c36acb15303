package vn.antq.registry.domain;

import java.time.Instant;
import java.util.UUID;

/** Where an adopted model comes from: the template, the version it follows, and the origin province. */
public record Lineage(UUID templateId, int templateVersion, String originProvince, Instant adoptTime,
                      Instant versionTime, int latestVersion, boolean templateRetired) {

  /** Offered to the province, never applied for it. */
  public boolean newerVersionAvailable() {
    return latestVersion > templateVersion;
  }
}
