package vn.antq.campaigns.domain;

/** Who launched a campaign: the provincial, a district or a commune police. */
public enum Level {
  PROVINCE, DISTRICT, COMMUNE
}
