package vn.antq.welfare.domain;

/** Money, or goods and work at an estimated value. */
public enum ContributionForm {
  MONEY, IN_KIND
}
