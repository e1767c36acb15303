package vn.antq.campaigns.domain;

public enum PeriodAction {
  APPROVE, REOPEN
}
