package vn.antq.campaigns.domain;

public enum PeriodKind {
  MONTH, QUARTER, YEAR
}
