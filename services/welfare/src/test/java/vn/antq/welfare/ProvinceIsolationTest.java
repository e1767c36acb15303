package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;
import static vn.antq.welfare.Samples.date;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.antq.welfare.v1.Beneficiary;
import vn.antq.welfare.v1.Contribution;
import vn.antq.welfare.v1.ContributionForm;
import vn.antq.welfare.v1.CreateBeneficiaryRequest;
import vn.antq.welfare.v1.CreateContributionRequest;
import vn.antq.welfare.v1.CreateSponsorRequest;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.GetBeneficiaryRequest;
import vn.antq.welfare.v1.GetSponsorRequest;
import vn.antq.welfare.v1.GetWelfareItemRequest;
import vn.antq.welfare.v1.GetWelfareSummaryRequest;
import vn.antq.welfare.v1.ListBeneficiariesRequest;
import vn.antq.welfare.v1.ListContributionsRequest;
import vn.antq.welfare.v1.ListDisclosuresRequest;
import vn.antq.welfare.v1.ListSponsorsRequest;
import vn.antq.welfare.v1.ListWelfareItemsRequest;
import vn.antq.welfare.v1.RevealBeneficiaryRequest;
import vn.antq.welfare.v1.Sponsor;
import vn.antq.welfare.v1.SponsorType;
import vn.antq.welfare.v1.UpdateWelfareItemRequest;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareStatus;

/** The service's own lock: two provinces over gRPC, without any gateway in front. */
class ProvinceIsolationTest extends WelfareTestBase {

  private static final String BAC_LIEU = "bac-lieu";
  private static final String CA_MAU = "ca-mau";

  @Test
  void aProvinceCannotReadListOrUpdateAnothersItemsByPathOrByGuessedName() {
    WelfareItem item = items(officer(BAC_LIEU)).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).setWelfareItem(Samples.house()).build());
    var camau = items(officer(CA_MAU));

    fails(Status.Code.PERMISSION_DENIED, () -> camau.getWelfareItem(GetWelfareItemRequest.newBuilder()
        .setName(item.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.listWelfareItems(ListWelfareItemsRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.updateWelfareItem(UpdateWelfareItemRequest.newBuilder()
        .setWelfareItem(item.toBuilder().setValue(1)).setUpdateMask(FieldMask.newBuilder().addPaths("value")).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).setWelfareItem(Samples.house()).build()));

    String guessed = item.getName().replace("provinces/" + BAC_LIEU, "provinces/" + CA_MAU);
    fails(Status.Code.NOT_FOUND, () -> camau.getWelfareItem(GetWelfareItemRequest.newBuilder().setName(guessed).build()));
    fails(Status.Code.NOT_FOUND, () -> camau.updateWelfareItem(UpdateWelfareItemRequest.newBuilder()
        .setWelfareItem(item.toBuilder().setName(guessed).setStatus(WelfareStatus.IN_PROGRESS))
        .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build()));
    assertThat(camau.listWelfareItems(ListWelfareItemsRequest.newBuilder().setParent("provinces/" + CA_MAU)
        .setPageSize(500).build()).getWelfareItemsList()).allMatch(i -> i.getName().startsWith("provinces/ca-mau/"));
    assertThat(items(officer(BAC_LIEU)).getWelfareItem(GetWelfareItemRequest.newBuilder().setName(item.getName())
        .build())).as("unchanged").isEqualTo(item);
  }

  @Test
  void sponsorsBeneficiariesAndSummariesStayInTheirProvince() {
    String sponsor = sponsors(officer(BAC_LIEU)).createSponsor(CreateSponsorRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).setSponsor(Sponsor.newBuilder().setType(SponsorType.BUSINESS)
            .setDisplayName("Doanh nghiệp tư nhân Hòa Bình")).build()).getName();
    Beneficiary beneficiary = beneficiaries(officer(BAC_LIEU)).createBeneficiary(CreateBeneficiaryRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).setBeneficiary(Samples.household().setNationalId(Samples.digits(12))).build());
    var camauSponsors = sponsors(officer(CA_MAU));
    var camauBeneficiaries = beneficiaries(admin(CA_MAU));

    fails(Status.Code.PERMISSION_DENIED, () -> camauSponsors.getSponsor(GetSponsorRequest.newBuilder().setName(sponsor).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camauSponsors.listSponsors(ListSponsorsRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camauSponsors.listContributions(ListContributionsRequest.newBuilder()
        .setParent(sponsor).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camauSponsors.createContribution(CreateContributionRequest.newBuilder()
        .setParent(sponsor).setContribution(Contribution.newBuilder().setForm(ContributionForm.MONEY).setValue(1)
            .setContributionDate(date(LocalDate.of(2023, 1, 1)))).build()));
    fails(Status.Code.NOT_FOUND, () -> camauSponsors.getSponsor(GetSponsorRequest.newBuilder()
        .setName(sponsor.replace(BAC_LIEU, CA_MAU)).build()));

    fails(Status.Code.PERMISSION_DENIED, () -> camauBeneficiaries.getBeneficiary(GetBeneficiaryRequest.newBuilder()
        .setName(beneficiary.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camauBeneficiaries.revealBeneficiary(RevealBeneficiaryRequest.newBuilder()
        .setName(beneficiary.getName()).setPurpose("Xác minh hồ sơ của tỉnh khác").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camauBeneficiaries.listDisclosures(ListDisclosuresRequest.newBuilder()
        .setParent("provinces/" + BAC_LIEU + "/beneficiaries/-").build()));
    fails(Status.Code.NOT_FOUND, () -> camauBeneficiaries.revealBeneficiary(RevealBeneficiaryRequest.newBuilder()
        .setName(beneficiary.getName().replace(BAC_LIEU, CA_MAU)).setPurpose("Xác minh hồ sơ của tỉnh khác").build()));
    assertThat(camauBeneficiaries.listBeneficiaries(ListBeneficiariesRequest.newBuilder()
        .setParent("provinces/" + CA_MAU).setPageSize(500).build()).getBeneficiariesList())
        .noneMatch(b -> b.getName().equals(beneficiary.getName().replace(BAC_LIEU, CA_MAU)));

    fails(Status.Code.PERMISSION_DENIED, () -> reports(officer(CA_MAU)).getWelfareSummary(GetWelfareSummaryRequest
        .newBuilder().setName("provinces/" + BAC_LIEU + "/welfareSummary").build()));
  }

  @Test
  void linksToAnotherProvincesRecordsAreRefused() {
    Beneficiary baclieuHousehold = beneficiaries(officer(BAC_LIEU)).createBeneficiary(CreateBeneficiaryRequest
        .newBuilder().setParent("provinces/" + BAC_LIEU).setBeneficiary(Samples.household()
            .setNationalId(Samples.digits(12))).build());
    var camau = items(officer(CA_MAU));
    assertThat(invalidFields(() -> camau.createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + CA_MAU).setWelfareItem(Samples.house().setBeneficiary(baclieuHousehold.getName()))
        .build()))).containsExactly("welfare_item.beneficiary");
    String sameIdInCamau = baclieuHousehold.getName().replace(BAC_LIEU, CA_MAU);
    assertThat(invalidFields(() -> camau.createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + CA_MAU).setWelfareItem(Samples.house().setBeneficiary(sameIdInCamau)).build())))
        .as("the id exists, but not in this province").containsExactly("welfare_item.beneficiary");
  }

  @Test
  void badTokensAndWrongRolesAreRefused() {
    ListWelfareItemsRequest request = ListWelfareItemsRequest.newBuilder().setParent("provinces/" + BAC_LIEU).build();
    for (String token : new String[] {
        ISSUER.expiredProvinceToken(BAC_LIEU, "PROVINCE_OFFICER"),
        ISSUER.unsignedProvinceToken(BAC_LIEU, "PROVINCE_OFFICER"),
        ISSUER.forgedProvinceToken(BAC_LIEU, "PROVINCE_OFFICER"),
        "not-a-jwt"}) {
      fails(Status.Code.UNAUTHENTICATED, () -> items(token).listWelfareItems(request));
    }
    fails(Status.Code.UNAUTHENTICATED, () -> vn.antq.welfare.v1.WelfareItemsGrpc.newBlockingStub(channel)
        .listWelfareItems(request));
    fails(Status.Code.PERMISSION_DENIED, () -> items(ISSUER.nationalToken("MINISTRY_ADMIN")).listWelfareItems(request));
    fails(Status.Code.PERMISSION_DENIED, () -> items(ISSUER.provinceToken(BAC_LIEU, "PLATFORM_OPS"))
        .listWelfareItems(request));
  }
}
