package vn.antq.campaigns.domain;

/** How far the police have followed an opinion up. */
public enum FollowUpStatus {
  RECEIVED, IN_PROGRESS, RESOLVED, REFERRED
}
