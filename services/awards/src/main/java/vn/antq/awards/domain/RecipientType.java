package vn.antq.awards.domain;

public enum RecipientType {
  COLLECTIVE, INDIVIDUAL
}
