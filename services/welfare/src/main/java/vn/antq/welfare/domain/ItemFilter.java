package vn.antq.welfare.domain;

/** List filters; null means "any". */
public record ItemFilter(WelfareKind kind, WelfareStatus status) {}
