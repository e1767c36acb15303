package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;
import static vn.antq.welfare.Samples.date;

import io.grpc.Status;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.welfare.v1.Contribution;
import vn.antq.welfare.v1.ContributionForm;
import vn.antq.welfare.v1.CreateContributionRequest;
import vn.antq.welfare.v1.CreateSponsorRequest;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.GetContributionRequest;
import vn.antq.welfare.v1.ListContributionsRequest;
import vn.antq.welfare.v1.ListSponsorsRequest;
import vn.antq.welfare.v1.Sponsor;
import vn.antq.welfare.v1.SponsorType;

class SponsorsTest extends WelfareTestBase {

  private static final String COMPANY = "Công ty TNHH Thủy sản Phương Đông";

  @Test
  void recordsSponsorsInNfcAndTheirContributionsInMoneyAndInKind() {
    String province = freshProvince();
    Sponsor sponsor = createSponsor(province, Sponsor.newBuilder().setType(SponsorType.BUSINESS)
        .setDisplayName(Normalizer.normalize(COMPANY, Normalizer.Form.NFD)));
    assertThat(sponsor.getDisplayName()).isEqualTo(COMPANY);
    String item = items(officer(province)).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(Samples.house()).build()).getName();

    Contribution money = contribute(sponsor.getName(), Contribution.newBuilder().setForm(ContributionForm.MONEY)
        .setValue(4_800_000_000L).setContributionDate(date(LocalDate.of(2023, 1, 12))).setWelfareItem(item));
    Contribution rice = contribute(sponsor.getName(), Contribution.newBuilder().setForm(ContributionForm.IN_KIND)
        .setValue(75_000_000).setDescription("5 tấn gạo").setContributionDate(date(LocalDate.of(2023, 1, 15))));

    assertThat(money.getName()).startsWith(sponsor.getName() + "/contributions/");
    assertThat(money.getValue()).isEqualTo(4_800_000_000L);
    assertThat(money.getWelfareItem()).isEqualTo(item);
    var stub = sponsors(officer(province));
    assertThat(stub.getContribution(GetContributionRequest.newBuilder().setName(rice.getName()).build()))
        .isEqualTo(rice);
    assertThat(stub.listContributions(ListContributionsRequest.newBuilder().setParent(sponsor.getName()).build())
        .getContributionsList()).containsExactly(money, rice);
    assertThat(stub.listSponsors(ListSponsorsRequest.newBuilder().setParent("provinces/" + province).build())
        .getSponsorsList()).containsExactly(sponsor);
  }

  @Test
  void refusesIncompleteSponsorsAndContributions() {
    String province = freshProvince();
    assertThat(invalidFields(() -> createSponsor(province, Sponsor.newBuilder().setDisplayName("  "))))
        .containsExactlyInAnyOrder("sponsor.type", "sponsor.display_name");
    String sponsor = createSponsor(province, Sponsor.newBuilder().setType(SponsorType.PERSON)
        .setDisplayName("Ông Trần Văn Tài")).getName();

    assertThat(invalidFields(() -> contribute(sponsor, Contribution.newBuilder().setValue(0))))
        .containsExactlyInAnyOrder("contribution.form", "contribution.value", "contribution.contribution_date");
    assertThat(invalidFields(() -> contribute(sponsor, Contribution.newBuilder().setForm(ContributionForm.IN_KIND)
        .setValue(1_000_000).setContributionDate(date(LocalDate.of(2023, 5, 1))))))
        .containsExactly("contribution.description");
    assertThat(invalidFields(() -> contribute(sponsor, Contribution.newBuilder().setForm(ContributionForm.MONEY)
        .setValue(1_000_000).setContributionDate(date(LocalDate.now().plusDays(5))))))
        .containsExactly("contribution.contribution_date");
    assertThat(invalidFields(() -> contribute(sponsor, Contribution.newBuilder().setForm(ContributionForm.MONEY)
        .setValue(1_000_000).setContributionDate(date(LocalDate.of(2023, 5, 1)))
        .setWelfareItem("provinces/" + province + "/welfareItems/" + UUID.randomUUID()))))
        .containsExactly("contribution.welfare_item");
    fails(Status.Code.NOT_FOUND, () -> contribute("provinces/" + province + "/sponsors/" + UUID.randomUUID(),
        Contribution.newBuilder().setForm(ContributionForm.MONEY).setValue(1).setContributionDate(date(LocalDate.of(2023, 5, 1)))));
  }

  @Test
  void aContributionToACampaignNeedsACampaignTheCampaignsServiceKnows() {
    String province = freshProvince();
    String sponsor = createSponsor(province, Sponsor.newBuilder().setType(SponsorType.BUSINESS)
        .setDisplayName(COMPANY)).getName();
    String campaign = "provinces/" + province + "/campaigns/" + UUID.randomUUID();
    NEIGHBOURS.knows(campaign);

    assertThat(contribute(sponsor, Contribution.newBuilder().setForm(ContributionForm.MONEY).setValue(50_000_000)
        .setContributionDate(date(LocalDate.of(2023, 1, 20))).setCampaign(campaign)).getCampaign()).isEqualTo(campaign);
    assertThat(invalidFields(() -> contribute(sponsor, Contribution.newBuilder().setForm(ContributionForm.MONEY)
        .setValue(50_000_000).setContributionDate(date(LocalDate.of(2023, 1, 20)))
        .setCampaign("provinces/" + province + "/campaigns/" + UUID.randomUUID()))))
        .containsExactly("contribution.campaign");
    assertThat(sponsors(officer(province)).listContributions(ListContributionsRequest.newBuilder().setParent(sponsor)
        .build()).getContributionsCount()).isEqualTo(1);
  }

  @Test
  void aRepeatedContributionCountsOnce() {
    String province = freshProvince();
    String sponsor = createSponsor(province, Sponsor.newBuilder().setType(SponsorType.ORGANISATION)
        .setDisplayName("Hội Chữ thập đỏ tỉnh")).getName();
    CreateContributionRequest request = CreateContributionRequest.newBuilder().setParent(sponsor)
        .setRequestId("ctd-" + suffix()).setContribution(Contribution.newBuilder().setForm(ContributionForm.MONEY)
            .setValue(250_000_000).setContributionDate(date(LocalDate.of(2023, 2, 1)))).build();
    var stub = sponsors(officer(province));

    assertThat(stub.createContribution(request)).isEqualTo(stub.createContribution(request));
    assertThat(stub.listContributions(ListContributionsRequest.newBuilder().setParent(sponsor).build())
        .getTotalSize()).isEqualTo(1);
    assertThat(invalidFields(Status.Code.ALREADY_EXISTS, () -> stub.createContribution(request.toBuilder()
        .setContribution(request.getContribution().toBuilder().setValue(1)).build()))).containsExactly("request_id");
  }

  private Sponsor createSponsor(String province, Sponsor.Builder sponsor) {
    return sponsors(officer(province)).createSponsor(CreateSponsorRequest.newBuilder()
        .setParent("provinces/" + province).setSponsor(sponsor).build());
  }

  private Contribution contribute(String sponsor, Contribution.Builder contribution) {
    String province = sponsor.split("/")[1];
    return sponsors(officer(province)).createContribution(CreateContributionRequest.newBuilder()
        .setParent(sponsor).setContribution(contribution).build());
  }
}
