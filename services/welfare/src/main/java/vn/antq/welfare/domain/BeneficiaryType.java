package vn.antq.welfare.domain;

/** Who receives support: a household (by its head) or a student. */
public enum BeneficiaryType {
  HOUSEHOLD, STUDENT
}
