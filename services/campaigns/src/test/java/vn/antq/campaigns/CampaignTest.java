package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.campaigns.v1.BatchCreateCampaignsRequest;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.Channel;
import vn.antq.campaigns.v1.CreateCampaignRequest;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.campaigns.v1.ListCampaignsRequest;
import vn.antq.campaigns.v1.ListCampaignsResponse;
import vn.antq.campaigns.v1.Place;
import vn.antq.campaigns.v1.PropagandaRounds;
import vn.antq.campaigns.v1.UpdateCampaignRequest;

class CampaignTest extends CampaignsTestBase {

  private static final String TITLE = "Phát động phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2025";

  @Test
  void createsALaunchAndRoundTripsVietnameseAsNfc() {
    String province = newProvince();
    Campaign created = createLaunch(province, launch(date(2025, 3, 8), 120)
        .setTitle(Normalizer.normalize(TITLE, Normalizer.Form.NFD))
        .setPlace(Place.newBuilder().setDistrict(Normalizer.normalize("Huyện  Hồng Dân ", Normalizer.Form.NFD)))
        .setEndDate(date(2025, 3, 9))
        .addPropaganda(PropagandaRounds.newBuilder().setChannel(Channel.SOCIAL_NETWORK).setRounds(4))
        .addAttendingMembers("provinces/" + province + "/members/m-001"));

    assertThat(created.getName()).startsWith("provinces/" + province + "/campaigns/");
    Campaign read = activities(officer(province)).getCampaign(GetCampaignRequest.newBuilder()
        .setName(created.getName()).build());
    assertThat(read.getTitle()).isEqualTo(TITLE);
    assertThat(Normalizer.isNormalized(read.getTitle(), Normalizer.Form.NFC)).isTrue();
    assertThat(read.getPlace().getDistrict()).isEqualTo("Huyện Hồng Dân");
    assertThat(read.getPropagandaRounds()).isEqualTo(7);
    assertThat(read.getPropagandaList()).extracting(PropagandaRounds::getChannel)
        .containsExactly(Channel.MASS_MEDIA, Channel.SOCIAL_NETWORK, Channel.MOBILE_LOUDSPEAKER);
    assertThat(read.getAttendingMembersList()).containsExactly("provinces/" + province + "/members/m-001");
    assertThat(read.getEndDate()).isEqualTo(date(2025, 3, 9));
  }

  @Test
  void aRetryWithTheSameRequestIdReturnsTheFirstLaunch() {
    String province = newProvince();
    CreateCampaignRequest request = CreateCampaignRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId(UUID.randomUUID().toString()).setCampaign(launch(date(2025, 4, 1), 50)).build();
    var stub = activities(officer(province));

    Campaign first = stub.createCampaign(request);
    Campaign retried = stub.createCampaign(request);

    assertThat(retried.getName()).isEqualTo(first.getName());
    assertThat(count(province, "")).isEqualTo(1);
  }

  @Test
  void reportsEveryInvalidFieldAtOnceAndStoresNothing() {
    String province = newProvince();
    var error = fails(Status.Code.INVALID_ARGUMENT, () -> createLaunch(province, launch(date(2025, 5, 10), -1)
        .clearLevel().setLeaflets(-5).setEndDate(date(2025, 5, 9)).clearOrganizer()
        .addPropaganda(PropagandaRounds.newBuilder().setChannelValue(42).setRounds(1))
        .addPropaganda(PropagandaRounds.newBuilder().setChannel(Channel.MOBILE_LOUDSPEAKER).setRounds(-2))));

    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("campaign.attendees", "campaign.leaflets",
        "campaign.level", "campaign.end_date", "campaign.organizer", "campaign.propaganda[1].channel",
        "campaign.propaganda[2].channel", "campaign.propaganda[2].rounds");
    assertThat(count(province, "")).isZero();
  }

  @Test
  void datesMustBeOnTheCalendarAndNotInTheFuture() {
    String province = newProvince();
    var nonsense = fails(Status.Code.INVALID_ARGUMENT, () -> createLaunch(province, launch(date(2025, 2, 30), 1)));
    assertThat(fieldsOf(nonsense)).containsExactly("campaign.start_date");
    var future = fails(Status.Code.INVALID_ARGUMENT,
        () -> createLaunch(province, launch(date(LocalDate.now().plusYears(1)), 1)));
    assertThat(fieldsOf(future)).containsExactly("campaign.start_date");
    var tooLong = fails(Status.Code.INVALID_ARGUMENT,
        () -> createLaunch(province, launch(date(2023, 1, 1), 1).setEndDate(date(2024, 6, 1))));
    assertThat(fieldsOf(tooLong)).containsExactly("campaign.end_date");
    var moreMembersThanAttendees = fails(Status.Code.INVALID_ARGUMENT, () -> createLaunch(province,
        launch(date(2025, 1, 5), 1).addAttendingMembers("provinces/" + province + "/members/a")
            .addAttendingMembers("provinces/" + province + "/members/b")));
    assertThat(fieldsOf(moreMembersThanAttendees)).containsExactly("campaign.attending_members");
  }

  @Test
  void linksOnlyModelsThatTheRegistryHasInTheSameProvince() {
    String province = newProvince();
    String model = REGISTRY.addModel(province);
    String token = officer(province);
    REGISTRY.authorizations.clear();

    Campaign linked = activities(token).createCampaign(CreateCampaignRequest.newBuilder()
        .setParent("provinces/" + province).setCampaign(launch(date(2025, 6, 1), 80).addModels(model)).build());
    assertThat(linked.getModelsList()).containsExactly(model);
    assertThat(REGISTRY.authorizations).as("the caller's own token reached the registry").containsOnly("Bearer " + token);

    String otherProvinces = REGISTRY.addModel("ca-mau");
    var foreign = fails(Status.Code.INVALID_ARGUMENT,
        () -> createLaunch(province, launch(date(2025, 6, 2), 10).addModels(otherProvinces)));
    assertThat(fieldsOf(foreign)).containsExactly("campaign.models[0]");

    String unknown = "provinces/" + province + "/models/" + UUID.randomUUID();
    var missing = fails(Status.Code.INVALID_ARGUMENT,
        () -> createLaunch(province, launch(date(2025, 6, 3), 10).addModels(model).addModels(unknown)));
    assertThat(fieldsOf(missing)).containsExactly("campaign.models[1]");
    var malformed = fails(Status.Code.INVALID_ARGUMENT,
        () -> createLaunch(province, launch(date(2025, 6, 3), 10).addModels("models/x")));
    assertThat(fieldsOf(malformed)).containsExactly("campaign.models[0]");
    assertThat(count(province, "")).isEqualTo(1);
  }

  @Test
  void anUnreachableRegistryIsUnavailableAndNothingIsStored() {
    String province = newProvince();
    String model = REGISTRY.addModel(province);
    REGISTRY.setDown(true);
    try {
      fails(Status.Code.UNAVAILABLE, () -> createLaunch(province, launch(date(2025, 7, 1), 10).addModels(model)));
    } finally {
      REGISTRY.setDown(false);
    }
    assertThat(count(province, "")).isZero();
    assertThat(createLaunch(province, launch(date(2025, 7, 1), 10).addModels(model)).getModelsList())
        .containsExactly(model);
  }

  @Test
  void anUpdateChangesOnlyTheFieldsInTheMask() {
    String province = newProvince();
    Campaign created = createLaunch(province, launch(date(2025, 8, 1), 100));
    var stub = activities(officer(province));

    Campaign updated = stub.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(created.toBuilder().setAttendees(140).setTitle("ignored"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("attendees")).build());
    assertThat(updated.getAttendees()).isEqualTo(140);
    assertThat(updated.getTitle()).isEqualTo(created.getTitle());

    var unknownField = fails(Status.Code.INVALID_ARGUMENT, () -> stub.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(created).setUpdateMask(FieldMask.newBuilder().addPaths("create_time")).build()));
    assertThat(fieldsOf(unknownField)).containsExactly("update_mask");
    var negative = fails(Status.Code.INVALID_ARGUMENT, () -> stub.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(created.toBuilder().setLeaflets(-1)).setUpdateMask(FieldMask.newBuilder().addPaths("leaflets"))
        .build()));
    assertThat(fieldsOf(negative)).containsExactly("campaign.leaflets");
    fails(Status.Code.NOT_FOUND, () -> stub.updateCampaign(UpdateCampaignRequest.newBuilder()
        .setCampaign(created.toBuilder().setName("provinces/" + province + "/campaigns/" + UUID.randomUUID()))
        .build()));
  }

  @Test
  void listsFilterByPeriodAndDistrictAndPage() {
    String province = newProvince();
    for (int day = 1; day <= 5; day++) {
      createLaunch(province, launch(date(2025, 2, day), day));
    }
    createLaunch(province, launch(date(2025, 2, 6), 6).setPlace(Place.newBuilder().setDistrict("Huyện Hòa Bình")));
    createLaunch(province, launch(date(2025, 4, 1), 7));
    var stub = activities(officer(province));

    ListCampaignsResponse first = stub.listCampaigns(ListCampaignsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod("2025-02").setDistrict("Huyện Đông Hải").setPageSize(3).build());
    assertThat(first.getTotalSize()).isEqualTo(5);
    assertThat(first.getCampaignsList()).extracting(Campaign::getAttendees).containsExactly(1, 2, 3);
    ListCampaignsResponse rest = stub.listCampaigns(ListCampaignsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod("2025-02").setDistrict("Huyện Đông Hải").setPageSize(3)
        .setPageToken(first.getNextPageToken()).build());
    assertThat(rest.getCampaignsList()).extracting(Campaign::getAttendees).containsExactly(4, 5);
    assertThat(rest.getNextPageToken()).isEmpty();
    assertThat(count(province, "2025-q1")).isEqualTo(6);
    assertThat(count(province, "2025")).isEqualTo(7);

    var badPeriod = fails(Status.Code.INVALID_ARGUMENT, () -> stub.listCampaigns(ListCampaignsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod("2025-13").build()));
    assertThat(fieldsOf(badPeriod)).containsExactly("period");
    fails(Status.Code.INVALID_ARGUMENT, () -> stub.listCampaigns(ListCampaignsRequest.newBuilder()
        .setParent("provinces/" + province).setPageToken("not a token").build()));
  }

  @Test
  void aBatchIsStoredWholeOrNotAtAllAndIsIdempotentPerItem() {
    String province = newProvince();
    String model = REGISTRY.addModel(province);
    var stub = activities(officer(province));
    BatchCreateCampaignsRequest.Builder batch = BatchCreateCampaignsRequest.newBuilder().setParent("provinces/" + province);
    for (int i = 0; i < 3; i++) {
      batch.addRequests(CreateCampaignRequest.newBuilder().setRequestId("batch-" + i)
          .setCampaign(launch(date(2025, 9, i + 1), 10 + i).addModels(model)));
    }

    var broken = batch.clone();
    broken.setRequests(1, broken.getRequests(1).toBuilder().setCampaign(launch(date(2025, 9, 2), -3)));
    broken.setRequests(2, broken.getRequests(2).toBuilder().setParent("provinces/elsewhere"));
    var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.batchCreateCampaigns(broken.build()));
    assertThat(fieldsOf(error)).containsExactly("requests[2].parent");
    broken.setRequests(2, batch.getRequests(2));
    var invalid = fails(Status.Code.INVALID_ARGUMENT, () -> stub.batchCreateCampaigns(broken.build()));
    assertThat(fieldsOf(invalid))
        .containsExactlyInAnyOrder("requests[1].campaign.attendees", "requests[1].campaign.leaflets");
    assertThat(count(province, "")).isZero();

    List<Campaign> created = stub.batchCreateCampaigns(batch.build()).getCampaignsList();
    assertThat(created).extracting(Campaign::getAttendees).containsExactly(10, 11, 12);
    assertThat(stub.batchCreateCampaigns(batch.build()).getCampaignsList()).extracting(Campaign::getName)
        .containsExactlyElementsOf(created.stream().map(Campaign::getName).toList());
    assertThat(count(province, "")).isEqualTo(3);
    fails(Status.Code.INVALID_ARGUMENT, () -> stub.batchCreateCampaigns(
        BatchCreateCampaignsRequest.newBuilder().setParent("provinces/" + province).build()));
  }

  private int count(String province, String period) {
    return activities(officer(province)).listCampaigns(ListCampaignsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod(period).build()).getTotalSize();
  }
}
