package vn.antq.campaigns.domain;

/** Forces that patrol together with the police. */
public enum PartnerForce {
  MILITIA, BORDER_GUARD, FOREST_RANGERS, CIVIL_DEFENCE, OTHER_FORCE
}
