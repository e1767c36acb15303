package vn.antq.members.domain;

/** How much of a person a response shows; every view above BASIC needs a purpose and is recorded. */
public enum PersonView {
  /** National ID masked, no sensitive data. */
  BASIC,
  /** Adds ethnicity, religion and the reformed-offender flag. */
  SENSITIVE,
  /** Adds the national ID in full. */
  FULL
}
