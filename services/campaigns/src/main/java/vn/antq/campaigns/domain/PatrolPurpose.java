package vn.antq.campaigns.domain;

public enum PatrolPurpose {
  CRIME_PREVENTION, DISASTER_RELIEF, SEARCH_AND_RESCUE
}
