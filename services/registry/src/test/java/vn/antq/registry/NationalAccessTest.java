package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.test.GrpcCalls.fails;

import io.grpc.Status;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.ListCatalogueRequest;
import vn.antq.registry.v1.ListNationalCatalogueRequest;
import vn.antq.registry.v1.ListNationalReviewsRequest;
import vn.antq.registry.v1.RecogniseModelRequest;
import vn.antq.registry.v1.RetireTemplateRequest;

/** National operations: Ministry roles only, read-only for analysts, and every call on record. */
class NationalAccessTest extends RegistryTestBase {

  @Test
  void provinceRolesAreRefusedEveryNationalOperationAndTheRefusalIsOnRecord() {
    for (String token : List.of(ISSUER.provinceToken("ca-mau", "PROVINCE_ADMIN"), officer("ca-mau"))) {
      var asProvince = national(token);
      fails(Status.Code.PERMISSION_DENIED, () -> asProvince.getNationalDashboard(
          GetNationalDashboardRequest.getDefaultInstance()));
      fails(Status.Code.PERMISSION_DENIED, () -> asProvince.listNationalCatalogue(
          ListNationalCatalogueRequest.getDefaultInstance()));
      fails(Status.Code.PERMISSION_DENIED, () -> asProvince.recogniseModel(RecogniseModelRequest.newBuilder()
          .setNomination("provinces/ca-mau/nominations/" + UUID.randomUUID()).build()));
    }
    List<Map<String, Object>> refused = ownerDatabase().queryForList(
        "SELECT * FROM national_audit WHERE caller_province = 'ca-mau' AND NOT allowed AND method LIKE ?",
        "%/GetNationalDashboard");
    assertThat(refused).hasSizeGreaterThanOrEqualTo(2);
    assertThat(refused).allSatisfy(row -> assertThat(row.get("subject")).isEqualTo("ca-mau-user"));
  }

  @Test
  void analystsReadButOnlyAdministratorsDecideAndMinistryTokensNeverPassProvinceCalls() {
    String analyst = ISSUER.nationalToken("MINISTRY_ANALYST");
    fails(Status.Code.PERMISSION_DENIED, () -> national(analyst).retireTemplate(RetireTemplateRequest.newBuilder()
        .setName("templates/" + UUID.randomUUID()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> registry(ISSUER.nationalToken("MINISTRY_ADMIN"))
        .listCatalogue(ListCatalogueRequest.newBuilder().setParent("provinces/ca-mau").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> national(ISSUER.nationalToken("PLATFORM_OPS"))
        .listNationalCatalogue(ListNationalCatalogueRequest.getDefaultInstance()));
  }

  @Test
  void everyAllowedNationalCallIsRecordedWithWhoWhatAndWhenBeforeItRuns() {
    var ministry = national(ISSUER.nationalToken("MINISTRY_ANALYST"));
    Timestamp before = new Timestamp(System.currentTimeMillis() - 1000);
    ministry.listNationalReviews(ListNationalReviewsRequest.newBuilder().setPeriod("2025-Q2").setFlaggedOnly(true).build());
    ministry.getNationalDashboard(GetNationalDashboardRequest.getDefaultInstance());

    List<Map<String, Object>> rows = ownerDatabase().queryForList(
        "SELECT * FROM national_audit WHERE time >= ? AND allowed AND subject = 'ministry-user' ORDER BY time", before);
    assertThat(rows).extracting(row -> row.get("method")).contains(
        "antq.registry.v1.NationalRegistry/ListNationalReviews",
        "antq.registry.v1.NationalRegistry/GetNationalDashboard",
        // the dashboard's own read of the registry's figures, made as the same Ministry caller
        "antq.registry.v1.NationalRegistry/ListProvinceCounts");
    Map<String, Object> reviews = rows.stream()
        .filter(row -> row.get("method").toString().endsWith("/ListNationalReviews")).findFirst().orElseThrow();
    assertThat(reviews.get("request").toString()).contains("\"period\":\"2025-Q2\"").contains("\"flaggedOnly\":true");
    assertThat(reviews.get("roles")).isEqualTo("MINISTRY_ANALYST");
    assertThat(reviews.get("access")).isEqualTo("NATIONAL_READ");
    assertThat(reviews.get("caller_province")).isNull();
  }

  @Test
  void theApplicationRoleCanOnlyAppendToTheAudit() {
    var app = new JdbcTemplate(new DriverManagerDataSource(
        environment.getProperty("spring.datasource.url"), environment.getProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password")));
    for (String statement : List.of("SELECT count(*) FROM national_audit", "DELETE FROM national_audit",
        "UPDATE national_audit SET allowed = true")) {
      assertThrows(DataAccessException.class,
          () -> app.execute(statement), statement);
    }
  }
}
