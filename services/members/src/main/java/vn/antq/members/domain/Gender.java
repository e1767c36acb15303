package vn.antq.members.domain;

public enum Gender {
  MALE, FEMALE
}
