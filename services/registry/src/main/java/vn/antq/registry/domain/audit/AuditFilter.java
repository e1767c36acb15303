package vn.antq.registry.domain.audit;

import java.time.Instant;

/**
 * Which entries to list; null parts do not filter.
 *
 * @param operation a full gRPC method name, or its last part
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(String operation, Instant from, Instant to) {}
