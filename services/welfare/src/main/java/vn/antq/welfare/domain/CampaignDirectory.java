package vn.antq.welfare.domain;

/** The campaigns service, as far as welfare needs it: does a campaign exist for the caller? */
public interface CampaignDirectory {

  /**
   * @param campaignName {@code provinces/{province}/campaigns/{campaign}} of the caller's province
   * @throws vn.antq.core.DomainException.Unavailable when the campaigns service cannot answer in time
   */
  boolean exists(String campaignName);
}
