package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.invalidFields;
import static vn.antq.welfare.Samples.date;
import static vn.antq.welfare.Samples.handedOver;
import static vn.antq.welfare.Samples.house;
import static vn.antq.welfare.Samples.rice;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.antq.welfare.v1.Contribution;
import vn.antq.welfare.v1.ContributionForm;
import vn.antq.welfare.v1.CreateContributionRequest;
import vn.antq.welfare.v1.CreateSponsorRequest;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.GetWelfareSummaryRequest;
import vn.antq.welfare.v1.HouseWork;
import vn.antq.welfare.v1.KindTotal;
import vn.antq.welfare.v1.QuantityUnit;
import vn.antq.welfare.v1.Sponsor;
import vn.antq.welfare.v1.SponsorTotal;
import vn.antq.welfare.v1.SponsorType;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareKind;
import vn.antq.welfare.v1.WelfareSummary;

class WelfareSummaryTest extends WelfareTestBase {

  private static final LocalDate IN_2023 = LocalDate.of(2023, 6, 1);

  @Test
  void sumsWhatWasHandedOverInThePeriodPerKindAndWhatEachSponsorGave() {
    String province = freshProvince();
    create(province, handedOver(house(), IN_2023).setValue(70_000_000));
    create(province, handedOver(house().setHouseWork(HouseWork.REPAIR), IN_2023.plusDays(3)).setValue(30_000_000));
    create(province, handedOver(rice(20_000), IN_2023).setValue(300_000_000));
    create(province, handedOver(rice(45_000), IN_2023.plusMonths(2)).setValue(2_700_000_000L));
    create(province, handedOver(WelfareItem.newBuilder().setKind(WelfareKind.NOTEBOOKS).setDisplayName("Tặng tập")
        .setQuantity(21_000).setValue(210_000_000).setCommune("Phường 1").setDistrict("Thành phố Bạc Liêu"), IN_2023));
    create(province, house());                                           // planned: not handed over
    create(province, handedOver(house(), LocalDate.of(2022, 12, 31)));   // before the period
    String sponsor = sponsor(province, "Ngân hàng Chính sách xã hội", SponsorType.ORGANISATION);
    String person = sponsor(province, "Bà Nguyễn Thị Lan", SponsorType.PERSON);
    contribute(sponsor, ContributionForm.MONEY, 2_500_000_000L, IN_2023);
    contribute(sponsor, ContributionForm.IN_KIND, 600_000_000L, IN_2023.plusDays(1));
    contribute(person, ContributionForm.MONEY, 50_000_000L, IN_2023);
    contribute(person, ContributionForm.MONEY, 9_999_000L, LocalDate.of(2024, 1, 2));   // after the period

    WelfareSummary summary = summary(province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 0);

    var kinds = summary.getKindsList().stream().collect(Collectors.toMap(KindTotal::getKind, Function.identity()));
    assertThat(kinds.get(WelfareKind.CHARITY_HOUSE)).isEqualTo(KindTotal.newBuilder().setKind(WelfareKind.CHARITY_HOUSE)
        .setUnit(QuantityUnit.PIECE).setItemCount(2).setQuantity(2).setValue(100_000_000).build());
    assertThat(kinds.get(WelfareKind.RICE).getQuantity()).isEqualTo(65_000);
    assertThat(kinds.get(WelfareKind.RICE).getUnit()).isEqualTo(QuantityUnit.KILOGRAM);
    assertThat(kinds.get(WelfareKind.NOTEBOOKS).getQuantity()).isEqualTo(21_000);
    assertThat(summary.getItemCount()).isEqualTo(5);
    assertThat(summary.getTotalValue()).isEqualTo(3_310_000_000L);

    assertThat(summary.getSponsorsList()).extracting(SponsorTotal::getSponsor).containsExactly(sponsor, person);
    SponsorTotal top = summary.getSponsorsList().get(0);
    assertThat(top.getMoneyValue()).isEqualTo(2_500_000_000L);
    assertThat(top.getInKindValue()).isEqualTo(600_000_000L);
    assertThat(top.getTotalValue()).isEqualTo(3_100_000_000L);
    assertThat(top.getContributionCount()).isEqualTo(2);
    assertThat(top.getDisplayName()).isEqualTo("Ngân hàng Chính sách xã hội");
    assertThat(summary.getSponsorCount()).isEqualTo(2);
    assertThat(summary.getContributedValue()).isEqualTo(3_150_000_000L);

    WelfareSummary limited = summary(province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 1);
    assertThat(limited.getSponsorsList()).hasSize(1);
    assertThat(limited.getSponsorCount()).as("counted, even when not listed").isEqualTo(2);

    WelfareSummary allTime = reports(officer(province)).getWelfareSummary(GetWelfareSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/welfareSummary").build());
    assertThat(allTime.getItemCount()).isEqualTo(6);
    assertThat(allTime.getContributedValue()).isEqualTo(3_159_999_000L);
  }

  @Test
  void anEmptyProvinceHasZeroFiguresAndAReversedPeriodIsRefused() {
    String province = freshProvince();
    WelfareSummary empty = summary(province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 0);
    assertThat(empty.getKindsList()).isEmpty();
    assertThat(empty.getTotalValue()).isZero();
    assertThat(empty.getSponsorCount()).isZero();
    assertThat(invalidFields(() -> summary(province, LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), 0)))
        .containsExactly("end_date");
    assertThat(invalidFields(() -> reports(officer(province)).getWelfareSummary(GetWelfareSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/counts").build()))).containsExactly("name");
  }

  private WelfareSummary summary(String province, LocalDate start, LocalDate end, int sponsorLimit) {
    return reports(officer(province)).getWelfareSummary(GetWelfareSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/welfareSummary").setStartDate(date(start)).setEndDate(date(end))
        .setSponsorLimit(sponsorLimit).build());
  }

  private void create(String province, WelfareItem.Builder item) {
    items(officer(province)).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(item).build());
  }

  private String sponsor(String province, String name, SponsorType type) {
    return sponsors(officer(province)).createSponsor(CreateSponsorRequest.newBuilder().setParent("provinces/" + province)
        .setSponsor(Sponsor.newBuilder().setType(type).setDisplayName(name)).build()).getName();
  }

  private void contribute(String sponsor, ContributionForm form, long value, LocalDate day) {
    sponsors(officer(sponsor.split("/")[1])).createContribution(CreateContributionRequest.newBuilder().setParent(sponsor)
        .setContribution(Contribution.newBuilder().setForm(form).setValue(value).setDescription("Quà Tết")
            .setContributionDate(date(day))).build());
  }
}
