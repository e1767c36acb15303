package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.UUID;

/**
 * A province's proposal of one of its models for national recognition, with the evidence of that day.
 * {@code rejectionReason} is set once REJECTED; {@code decidedBy} once the Ministry decided.
 */
public record Nomination(UUID id, String province, UUID modelId, String modelDisplayName, String note, State state,
                         Evidence evidence, UUID templateId, String nominatedBy, Instant createTime,
                         Instant decideTime, String rejectionReason, String decidedBy) {

  public enum State { PENDING, RECOGNISED, REJECTED }
}
