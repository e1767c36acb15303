package vn.antq.awards.domain;

import java.util.UUID;

/** Decided awards that count for one registry model. */
public record ModelAwardCount(UUID modelId, int collective, int individual) {}
