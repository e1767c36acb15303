package vn.antq.awards.domain;

/** A province's line in the Ministry's national view. */
public record ProvinceFigures(String province, int collectives, int individuals, Timeliness timeliness) {}
