package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.UUID;
import vn.antq.registry.domain.ModelStatus;

/**
 * A model in the catalogue's hub-and-spoke view — the origin or an adopter — with its registry
 * figures. {@code templateVersion} and {@code adoptTime} are 0 and null for the origin.
 */
public record Replica(String province, UUID modelId, UUID templateId, ModelStatus status, int templateVersion,
                      Instant adoptTime, int replicationPoints, int groups, long members) {}
