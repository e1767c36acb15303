package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.UUID;

/** A province's proposal of one of its models for national recognition, with the evidence of that day. */
public record Nomination(UUID id, String province, UUID modelId, String modelDisplayName, String note, State state,
                         Evidence evidence, UUID templateId, String nominatedBy, Instant createTime,
                         Instant decideTime) {

  public enum State { PENDING, RECOGNISED }
}
