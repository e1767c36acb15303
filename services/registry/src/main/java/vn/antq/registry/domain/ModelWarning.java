package vn.antq.registry.domain;

import java.time.Instant;

/** Why a model was put under review. */
public record ModelWarning(String reason, Instant warnTime) {}
