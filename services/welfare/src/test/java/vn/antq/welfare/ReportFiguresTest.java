package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.bearer;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;
import static vn.antq.welfare.Samples.handedOver;
import static vn.antq.welfare.Samples.house;
import static vn.antq.welfare.Samples.rice;

import io.grpc.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.ListModelWelfareRequest;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsRequest;
import vn.antq.welfare.v1.ModelWelfare;
import vn.antq.welfare.v1.NationalWelfareGrpc;
import vn.antq.welfare.v1.ProvinceWelfareTotals;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareKind;

/**
 * The figures the registry reads for national reports: what went through a province's models (its
 * own token, its own province only) and, for the Ministry only, every province's totals, audited.
 */
class ReportFiguresTest extends WelfareTestBase {

  private static final LocalDate DAY = LocalDate.of(2023, 3, 8);

  @Autowired
  Environment environment;

  @Test
  void aProvinceReadsWhatWentThroughItsModelsUpToADay() {
    String province = freshProvince();
    String model = "provinces/" + province + "/models/" + UUID.randomUUID();
    NEIGHBOURS.knows(model);
    String id = model.substring(model.lastIndexOf('/') + 1);
    create(province, handedOver(house().setModel(model), DAY));
    create(province, handedOver(house().setModel(model), DAY.plusYears(1)));
    create(province, handedOver(gifts(300).setModel(model), DAY));
    create(province, house().setModel(model));
    create(province, handedOver(house(), DAY));

    List<ModelWelfare> answer = reports(officer(province)).listModelWelfare(ListModelWelfareRequest.newBuilder()
        .setParent("provinces/" + province).addModelIds(id).setEndDate(Samples.date(DAY.plusMonths(1))).build())
        .getModelsList();

    assertThat(answer).singleElement().satisfies(figures -> {
      assertThat(figures.getModelId()).isEqualTo(id);
      assertThat(figures.getCharityHouses()).as("handed over by the day, through the model").isEqualTo(1);
      assertThat(figures.getGifts()).isEqualTo(300);
      assertThat(figures.getTotalValue()).isEqualTo(80_000_000 + 300 * 400_000L);
    });
    String other = freshProvince();
    assertThat(reports(officer(other)).listModelWelfare(ListModelWelfareRequest.newBuilder()
        .setParent("provinces/" + other).addModelIds(id).build()).getModels(0).getTotalValue())
        .as("another province sees nothing of it").isZero();
    fails(Status.Code.PERMISSION_DENIED, () -> reports(officer(other)).listModelWelfare(
        ListModelWelfareRequest.newBuilder().setParent("provinces/" + province).addModelIds(id).build()));
    assertThat(invalidFields(() -> reports(officer(province)).listModelWelfare(ListModelWelfareRequest.newBuilder()
        .setParent("provinces/" + province).addModelIds("x").build()))).containsExactly("model_ids[0]");
    assertThat(invalidFields(() -> reports(officer(province)).listModelWelfare(ListModelWelfareRequest.newBuilder()
        .setParent("provinces/" + province).build()))).containsExactly("model_ids");
  }

  @Test
  void theMinistryReadsEveryProvincesTotalsOnRecordAndProvincesCannot() {
    String first = freshProvince();
    String second = freshProvince();
    create(first, handedOver(house(), DAY));
    create(first, handedOver(rice(500), DAY));
    create(first, rice(900));
    create(second, handedOver(house(), DAY));
    var national = NationalWelfareGrpc.newBlockingStub(channel)
        .withCallCredentials(bearer(ISSUER.nationalToken("MINISTRY_ANALYST")));
    int before = audited();

    List<ProvinceWelfareTotals> totals = national.listProvinceWelfareTotals(
        ListProvinceWelfareTotalsRequest.getDefaultInstance()).getProvincesList();

    ProvinceWelfareTotals a = totals.stream().filter(t -> t.getProvince().equals(first)).findFirst().orElseThrow();
    assertThat(a.getCharityHouses()).isEqualTo(1);
    assertThat(a.getRiceKilograms()).as("handed over only").isEqualTo(500);
    assertThat(a.getTotalValue()).isEqualTo(80_000_000 + 500 * 15_000L);
    assertThat(totals).extracting(ProvinceWelfareTotals::getProvince).contains(second);
    assertThat(national.listProvinceWelfareTotals(ListProvinceWelfareTotalsRequest.newBuilder()
        .setStartDate(Samples.date(DAY.plusDays(1))).build()).getProvincesList())
        .extracting(ProvinceWelfareTotals::getProvince).doesNotContain(first, second);
    assertThat(audited()).as("each call on record before it ran").isEqualTo(before + 2);

    for (String token : List.of(officer(first), admin(first))) {
      fails(Status.Code.PERMISSION_DENIED, () -> NationalWelfareGrpc.newBlockingStub(channel)
          .withCallCredentials(bearer(token)).listProvinceWelfareTotals(ListProvinceWelfareTotalsRequest.getDefaultInstance()));
    }
    assertThat(owner().queryForObject("SELECT has_table_privilege(?, 'welfare_item', 'UPDATE')", Boolean.class,
        environment.getProperty("spring.flyway.placeholders.national_role"))).as("the national role only reads").isFalse();
  }

  private static WelfareItem.Builder gifts(long packages) {
    return WelfareItem.newBuilder().setKind(WelfareKind.GIFT_PACKAGE).setDisplayName("Quà Tết cho hộ nghèo")
        .setQuantity(packages).setValue(packages * 400_000).setCommune(Samples.LONG_DIEN).setDistrict(Samples.DONG_HAI);
  }

  private void create(String province, WelfareItem.Builder item) {
    items(officer(province)).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(item).build());
  }

  private int audited() {
    return owner().queryForObject(
        "SELECT count(*) FROM national_audit WHERE method LIKE '%/ListProvinceWelfareTotals' AND allowed", Integer.class);
  }

  private JdbcTemplate owner() {
    return new JdbcTemplate(new DriverManagerDataSource(environment.getProperty("spring.flyway.url"),
        environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password")));
  }
}
