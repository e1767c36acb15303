package vn.antq.campaigns.domain;

/** What an opinion raised at a forum is about. */
public enum OpinionTopic {
  PUBLIC_ORDER, POLICE_FORCE_BUILDING, TRAFFIC_SAFETY, ADMINISTRATIVE_SERVICES, SOCIAL_EVILS, OTHER_TOPIC
}
