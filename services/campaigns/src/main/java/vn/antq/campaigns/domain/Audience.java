package vn.antq.campaigns.domain;

/** Who a training class is for, in the report's three groups. */
public enum Audience {
  NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE, SITE_PROTECTION_AND_MASS_ORGANISATIONS, FIRE_PREVENTION_AND_RESCUE
}
