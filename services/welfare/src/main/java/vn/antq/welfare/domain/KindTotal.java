package vn.antq.welfare.domain;

/** Handed-over items of one kind (and unit: OTHER may use several). */
public record KindTotal(WelfareKind kind, QuantityUnit unit, int itemCount, long quantity, long value) {}
