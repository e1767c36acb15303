package vn.antq.registry.domain.dashboard;

import vn.antq.registry.domain.Section;

/** A national dashboard figure and the section (service) it comes from. */
public enum Figure {
  MODELS(Section.REGISTRY),
  ACTIVE_MODELS(Section.REGISTRY),
  REPLICATION_POINTS(Section.REGISTRY),
  GROUPS(Section.REGISTRY),
  MEMBERS(Section.REGISTRY),
  REGISTERED_MEMBERS(Section.MEMBERS),
  CAMPAIGN_LAUNCHES(Section.CAMPAIGNS),
  TIPS(Section.CAMPAIGNS),
  MEDIATIONS(Section.CAMPAIGNS),
  AWARDS(Section.AWARDS),
  CHARITY_HOUSES(Section.WELFARE),
  WELFARE_VND(Section.WELFARE),
  REGISTERED_PERSONS(Section.MEMBERS),
  CAMPAIGN_ATTENDEES(Section.CAMPAIGNS),
  SURRENDERED_ITEMS(Section.CAMPAIGNS),
  PATROLS(Section.CAMPAIGNS),
  FORUMS(Section.CAMPAIGNS),
  RURAL_BRIDGES(Section.WELFARE),
  GIFT_PACKAGES(Section.WELFARE),
  SCHOLARSHIPS(Section.WELFARE),
  HEALTH_INSURANCE_CARDS(Section.WELFARE),
  RICE_KILOGRAMS(Section.WELFARE);

  private final Section section;

  Figure(Section section) {
    this.section = section;
  }

  public Section section() {
    return section;
  }
}
