package vn.antq.campaigns.domain;

/** Where propaganda went out; mirrors the contract by name. */
public enum Channel {
  MASS_MEDIA, SOCIAL_NETWORK, MOBILE_LOUDSPEAKER
}
