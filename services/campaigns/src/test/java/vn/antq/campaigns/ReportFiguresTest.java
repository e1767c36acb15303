package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.bearer;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.antq.campaigns.v1.ListModelActivityRequest;
import vn.antq.campaigns.v1.ListProvinceResultsRequest;
import vn.antq.campaigns.v1.ModelActivity;
import vn.antq.campaigns.v1.NationalResultsGrpc;
import vn.antq.campaigns.v1.ProvinceResults;
import vn.antq.campaigns.v1.QuarterActivity;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.UnitResults;

/**
 * The figures the registry reads for national reports: a province's models quarter by quarter (its
 * own token, its own province only) and, for the Ministry only, every province's totals, audited.
 */
class ReportFiguresTest extends CampaignsTestBase {

  @Autowired
  Environment environment;

  @Test
  void aModelsQuartersCountItsLaunchesAndTheResultsReportedForIt() {
    String province = newProvince();
    String model = REGISTRY.addModel(province);
    String id = model.substring(model.lastIndexOf('/') + 1);
    createLaunch(province, launch(date(2024, 8, 2), 120).addModels(model));
    createLaunch(province, launch(date(2024, 9, 12), 30).addModels(model));
    createLaunch(province, launch(date(2024, 5, 3), 45).addModels(model));
    createLaunch(province, launch(date(2024, 8, 5), 999));
    UnitResults reported = report(province, "2024-08", "to-ngu-dan-1", 7, 2, model);
    assertThat(reported.getModel()).isEqualTo(model);
    report(province, "2024-q3", "to-ngu-dan-2", 4, 1, model);
    report(province, "2024-q3", "ca-huyen", 50, 9, "");

    List<QuarterActivity> quarters = results(officer(province)).listModelActivity(ListModelActivityRequest.newBuilder()
        .setParent("provinces/" + province).addModelIds(id).setUpTo("2024-q4").setQuarters(3).build())
        .getModels(0).getQuartersList();

    assertThat(quarters).extracting(QuarterActivity::getPeriod).containsExactly("2024-q4", "2024-q3", "2024-q2");
    assertThat(quarters.get(0).getLaunches()).isZero();
    QuarterActivity third = quarters.get(1);
    assertThat(third.getLaunches()).isEqualTo(2);
    assertThat(third.getAttendees()).isEqualTo(150);
    assertThat(third.getTipsReceived()).isEqualTo(11);
    assertThat(third.getDisputesMediated()).isEqualTo(3);
    assertThat(quarters.get(2).getLaunches()).isEqualTo(1);
    assertThat(quarters.get(2).getTipsReceived()).isZero();

    String other = newProvince();
    ModelActivity seenElsewhere = results(officer(other)).listModelActivity(ListModelActivityRequest.newBuilder()
        .setParent("provinces/" + other).addModelIds(id).setUpTo("2024-q3").build()).getModels(0);
    assertThat(seenElsewhere.getQuartersList()).as("4 quarters by default; another province sees nothing")
        .hasSize(4).allMatch(q -> q.getLaunches() == 0 && q.getTipsReceived() == 0);
    fails(Status.Code.PERMISSION_DENIED, () -> results(officer(other)).listModelActivity(
        ListModelActivityRequest.newBuilder().setParent("provinces/" + province).addModelIds(id).setUpTo("2024-q3").build()));
    assertThat(fieldsOf(fails(Status.Code.INVALID_ARGUMENT, () -> results(officer(province)).listModelActivity(
        ListModelActivityRequest.newBuilder().setParent("provinces/" + province).setUpTo("2024").setQuarters(21).build()))))
        .containsExactlyInAnyOrder("model_ids", "up_to", "quarters");
    assertThat(fieldsOf(fails(Status.Code.INVALID_ARGUMENT, () -> report(province, "2024-q4", "to-khac", 1, 0,
        "provinces/" + province + "/models/" + java.util.UUID.randomUUID())))).containsExactly("unit_results.model");
  }

  @Test
  void theMinistryReadsEveryProvincesResultsOnRecordAndProvincesCannot() {
    String first = newProvince();
    String second = newProvince();
    createLaunch(first, launch(date(2023, 4, 2), 100));
    report(first, "2023-q2", "ca-a", 12, 3, "");
    report(second, "2022-05", "ca-b", 5, 1, "");
    var national = NationalResultsGrpc.newBlockingStub(channel)
        .withCallCredentials(bearer(ISSUER.nationalToken("MINISTRY_ANALYST")));
    int before = audited();

    List<ProvinceResults> of2023 = national.listProvinceResults(ListProvinceResultsRequest.newBuilder()
        .setPeriod("2023").build()).getProvincesList();
    List<ProvinceResults> latest = national.listProvinceResults(ListProvinceResultsRequest.getDefaultInstance())
        .getProvincesList();

    ProvinceResults a = of2023.stream().filter(p -> p.getProvince().equals(first)).findFirst().orElseThrow();
    assertThat(a.getPeriod()).isEqualTo("2023");
    assertThat(a.getTotals().getLaunches()).isEqualTo(1);
    assertThat(a.getTotals().getAttendees()).isEqualTo(100);
    assertThat(a.getTotals().getTipsReceived()).isEqualTo(12);
    assertThat(a.getTotals().getDisputesMediated()).isEqualTo(3);
    assertThat(of2023).extracting(ProvinceResults::getProvince).doesNotContain(second);
    assertThat(latest).filteredOn(p -> p.getProvince().equals(second)).singleElement().satisfies(b -> {
      assertThat(b.getPeriod()).as("its latest year with a record").isEqualTo("2022");
      assertThat(b.getTotals().getTipsReceived()).isEqualTo(5);
    });
    assertThat(audited()).as("each call on record before it ran").isEqualTo(before + 2);

    for (String token : List.of(officer(first), admin(first))) {
      fails(Status.Code.PERMISSION_DENIED, () -> NationalResultsGrpc.newBlockingStub(channel)
          .withCallCredentials(bearer(token)).listProvinceResults(ListProvinceResultsRequest.getDefaultInstance()));
    }
    assertThat(fieldsOf(fails(Status.Code.INVALID_ARGUMENT, () -> national.listProvinceResults(
        ListProvinceResultsRequest.newBuilder().setPeriod("2023-q9").build())))).containsExactly("period");
    assertThat(owner().queryForObject("SELECT has_table_privilege(?, 'unit_result', 'UPDATE')", Boolean.class,
        environment.getProperty("spring.flyway.placeholders.national_role"))).as("the national role only reads").isFalse();
  }

  private UnitResults report(String province, String period, String unit, int tips, int mediations, String model) {
    return results(officer(province)).reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(UnitResults.newBuilder().setName("provinces/" + province + "/periods/" + period + "/results/" + unit)
            .setUnitDisplayName("Tổ ngư dân").setDistrict("Huyện Đông Hải").setTipsReceived(tips)
            .setDisputesMediated(mediations).setModel(model))
        .build());
  }

  private int audited() {
    return owner().queryForObject(
        "SELECT count(*) FROM national_audit WHERE method LIKE '%/ListProvinceResults' AND allowed", Integer.class);
  }

  private JdbcTemplate owner() {
    return new JdbcTemplate(new DriverManagerDataSource(environment.getProperty("spring.flyway.url"),
        environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password")));
  }
}
