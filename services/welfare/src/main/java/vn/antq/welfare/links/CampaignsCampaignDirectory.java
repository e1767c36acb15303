package vn.antq.welfare.links;

import io.grpc.StatusRuntimeException;
import vn.antq.campaigns.v1.ActivitiesGrpc.ActivitiesBlockingStub;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.welfare.domain.CampaignDirectory;

/**
 * Asks the campaigns service whether a campaign exists, with the caller's own token, as
 * {@link RegistryModelDirectory} asks the registry: a read that may be retried; a campaigns service
 * in trouble is UNAVAILABLE here, never a silent "no".
 */
public class CampaignsCampaignDirectory implements CampaignDirectory {

  static final String TARGET = "campaigns";
  private final RemoteCalls remote;
  private final ActivitiesBlockingStub activities;

  public CampaignsCampaignDirectory(RemoteCalls remote, ActivitiesBlockingStub activities) {
    this.remote = remote;
    this.activities = activities;
  }

  @Override
  public boolean exists(String campaignName) {
    try {
      remote.call(TARGET, CallSafety.IDEMPOTENT, activities,
          stub -> stub.getCampaign(GetCampaignRequest.newBuilder().setName(campaignName).build()));
      return true;
    } catch (StatusRuntimeException e) {
      if (RemoteCalls.isAbsent(e)) {
        return false;
      }
      throw RemoteCalls.unavailable(TARGET, e);
    }
  }
}
