package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.ApprovePeriodRequest;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.CreateCampaignRequest;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.campaigns.v1.GetSummaryRequest;
import vn.antq.campaigns.v1.GetUnitResultsRequest;
import vn.antq.campaigns.v1.ListCampaignsRequest;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.UpdateCampaignRequest;

/** The service's own lock: it does not rely on the gateway having checked anything. */
class ProvinceIsolationTest extends CampaignsTestBase {

  @Test
  void aProvinceCannotReachAnotherProvincesRecordsByPathOrById() {
    Campaign baclieu = createLaunch("bac-lieu", launch(date(2025, 2, 2), 300));
    results(officer("bac-lieu")).reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(PeriodsTest.figures("bac-lieu", "2025-02", "ca-iso", 3)).build());
    var camau = activities(officer("ca-mau"));

    fails(Status.Code.PERMISSION_DENIED,
        () -> camau.getCampaign(GetCampaignRequest.newBuilder().setName(baclieu.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED,
        () -> camau.listCampaigns(ListCampaignsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(baclieu.toBuilder().setAttendees(1)).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.createCampaign(CreateCampaignRequest.newBuilder()
        .setParent("provinces/bac-lieu").setCampaign(launch(date(2025, 2, 3), 1)).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> results(officer("ca-mau")).getSummary(GetSummaryRequest.newBuilder()
        .setName("provinces/bac-lieu/periods/2025/summary").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> results(admin("ca-mau")).approvePeriod(ApprovePeriodRequest
        .newBuilder().setName("provinces/bac-lieu/periods/2025").build()));

    String guessed = baclieu.getName().replace("provinces/bac-lieu", "provinces/ca-mau");
    fails(Status.Code.NOT_FOUND, () -> camau.getCampaign(GetCampaignRequest.newBuilder().setName(guessed).build()));
    fails(Status.Code.NOT_FOUND, () -> camau.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(baclieu.toBuilder().setName(guessed).setAttendees(1))
        .setUpdateMask(FieldMask.newBuilder().addPaths("attendees")).build()));
    fails(Status.Code.NOT_FOUND, () -> results(officer("ca-mau")).getUnitResults(GetUnitResultsRequest
        .newBuilder().setName("provinces/ca-mau/periods/2025-02/results/ca-iso").build()));
    assertThat(camau.listCampaigns(ListCampaignsRequest.newBuilder().setParent("provinces/ca-mau").setPageSize(500)
        .build()).getCampaignsList()).extracting(Campaign::getName).doesNotContain(baclieu.getName(), guessed);
    assertThat(activities(officer("bac-lieu")).getCampaign(GetCampaignRequest.newBuilder()
        .setName(baclieu.getName()).build()).getAttendees()).isEqualTo(300);
  }

  @Test
  void badTokensAreUnauthenticatedAndOtherRolesDenied() {
    ListCampaignsRequest list = ListCampaignsRequest.newBuilder().setParent("provinces/bac-lieu").build();
    for (String token : new String[] {
        ISSUER.expiredProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.unsignedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.forgedProvinceToken("bac-lieu", "PROVINCE_ADMIN"),
        "not-a-jwt"}) {
      fails(Status.Code.UNAUTHENTICATED, () -> activities(token).listCampaigns(list));
    }
    fails(Status.Code.UNAUTHENTICATED, () -> ActivitiesGrpc.newBlockingStub(channel).listCampaigns(list));
    fails(Status.Code.PERMISSION_DENIED, () -> activities(ISSUER.nationalToken("MINISTRY_ADMIN")).listCampaigns(list));
    fails(Status.Code.PERMISSION_DENIED, () -> activities(ISSUER.provinceToken("bac-lieu", "PLATFORM_OPS"))
        .listCampaigns(list));
  }
}
