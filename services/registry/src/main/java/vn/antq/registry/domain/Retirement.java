package vn.antq.registry.domain;

import java.time.Instant;

/** The decision that retired a model or a template, and why. */
public record Retirement(Decision decision, String reason, Instant retireTime) {}
