package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;

import com.google.api.HttpBody;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.awards.v1.Achievement;
import vn.antq.awards.v1.AwardSummary;
import vn.antq.awards.v1.CountModelAwardsRequest;
import vn.antq.awards.v1.ExportAwardSummaryRequest;
import vn.antq.awards.v1.ExportFormat;
import vn.antq.awards.v1.GetAwardSummaryRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.LevelTotal;
import vn.antq.awards.v1.ListNominationsRequest;
import vn.antq.awards.v1.ListProvinceAwardFiguresRequest;
import vn.antq.awards.v1.ModelAwards;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.ProvinceAwardFigures;
import vn.antq.awards.v1.Recipient;
import vn.antq.awards.v1.RecipientType;

/**
 * Counts by year × level × form × recipient type, timeliness (days from the end of the achievement
 * period to the decision; overdue waiting), the form 0603 export, per-model counts and the Ministry's view.
 */
class ReportsTest extends AwardsTestBase {

  private final JdbcTemplate jdbc = asOwner();

  private String province;
  private String model;

  /** 2 collectives + 1 individual of the Ministry, 1 collective of the People's Committee; 2 waiting. */
  @BeforeEach
  void awardsOfOneProvince() {
    province = freshProvince();
    model = "provinces/" + province + "/models/" + UUID.randomUUID();
    DEPENDENCIES.registry.known.put(model, "Câu lạc bộ nữ phòng chống tội phạm");
    Nomination club = approve(province, nominate(province, Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE).setModel(model))
        .setForm("BANG_KHEN").setIssuingLevel(IssuingLevel.MINISTRY)
        .setAchievement(year2023("Mô hình tiêu biểu")).build()));
    Nomination school = approve(province, nominate(province, agency("Trường THCS Hộ Phòng", IssuingLevel.MINISTRY,
        "BANG_KHEN")));
    Nomination member = approve(province, nominate(province, person("Võ Thị Kim", IssuingLevel.MINISTRY,
        "KY_NIEM_CHUONG").toBuilder().setRecipient(Recipient.newBuilder().setType(RecipientType.INDIVIDUAL)
        .setDisplayName("Võ Thị Kim").setUnit("Câu lạc bộ nữ").setModel(model)).build()));
    decide(province, "100/QĐ-BCA", date(2024, 1, 30), IssuingLevel.MINISTRY, club, school);   // 30 days
    decide(province, "101/QĐ-BCA", date(2024, 5, 29), IssuingLevel.MINISTRY, member);         // 150 days
    Nomination committee = approve(province, nominate(province, agency("Ban Chỉ đạo xã", IssuingLevel
        .PROVINCIAL_COMMITTEE, "BANG_KHEN")));
    decide(province, "12/QĐ-UBND", date(2024, 3, 10), IssuingLevel.PROVINCIAL_COMMITTEE, committee); // 70 days
    nominate(province, agency("Chờ xét 1", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN"));       // overdue
    approve(province, nominate(province, agency("Chờ xét 2", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN")));
    nominate(province, agency("Mới", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN").toBuilder()
        .setAchievement(Achievement.newBuilder().setPeriodStart(date(vn.antq.core.Dates.today()
            .minusDays(30))).setPeriodEnd(date(vn.antq.core.Dates.today().minusDays(1)))
            .setCitation("Vừa kết thúc")).build());                                                // not overdue
  }

  @Test
  void theSummaryCountsByLevelFormAndRecipientType() {
    AwardSummary summary = summary();
    assertThat(summary.getCollectives()).isEqualTo(3);
    assertThat(summary.getIndividuals()).isEqualTo(1);
    assertThat(summary.getLevelsList()).containsExactly(
        LevelTotal.newBuilder().setIssuingLevel(IssuingLevel.MINISTRY).setCollectives(2).setIndividuals(1).build(),
        LevelTotal.newBuilder().setIssuingLevel(IssuingLevel.PROVINCIAL_COMMITTEE).setCollectives(1).build());
    assertThat(summary.getCountsList()).extracting(c -> c.getYear() + " " + c.getIssuingLevel() + " "
            + c.getFormDisplayName() + " " + c.getCollectives() + "/" + c.getIndividuals())
        .containsExactlyInAnyOrder("2024 MINISTRY Bằng khen 2/0",
            "2024 MINISTRY Kỷ niệm chương Bảo vệ an ninh Tổ quốc 0/1",
            "2024 PROVINCIAL_COMMITTEE Bằng khen 1/0");
    AwardSummary before = reports(officer(province)).getAwardSummary(GetAwardSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/awardSummary").setEndDate(date(2024, 3, 31)).build());
    assertThat(before.getCollectives() + "/" + before.getIndividuals()).as("decided by 31 March 2024").isEqualTo("3/0");
  }

  @Test
  void timelinessCountsDaysFromThePeriodsEndAndListsTheOverdue() {
    var timeliness = summary().getTimeliness();
    assertThat(timeliness.getDecided()).isEqualTo(4);
    assertThat(timeliness.getMedianDays()).as("30, 30, 70, 150").isEqualTo(50.0);
    assertThat(timeliness.getMeanDays()).isEqualTo(70.0);
    assertThat(timeliness.getMaxDays()).isEqualTo(150);
    assertThat(timeliness.getDecidedLate()).as("over 90 days").isEqualTo(1);
    assertThat(timeliness.getOverdue()).isEqualTo(2);
    assertThat(timeliness.getOverdueAfterDays()).isEqualTo(90);

    var overdue = awards(officer(province)).listNominations(ListNominationsRequest.newBuilder()
        .setParent("provinces/" + province).setOverdueOnly(true).build());
    assertThat(overdue.getNominationsList()).extracting(n -> n.getRecipient().getDisplayName())
        .containsExactly("Chờ xét 1", "Chờ xét 2");
    assertThat(overdue.getNominationsList()).allMatch(Nomination::getOverdue);
  }

  @Test
  void theCsvExportIsLaidOutLikeForm0603() {
    HttpBody csv = export(ExportFormat.CSV);
    assertThat(csv.getContentType()).isEqualTo("text/csv; charset=utf-8");
    List<String> lines = csv.getData().toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFBiểu số 0603");
    assertThat(lines).contains("SỐ LƯỢNG KHEN THƯỞNG THEO HÌNH THỨC VÀ ĐỐI TƯỢNG",
        "STT,Hình thức khen thưởng,Cấp khen thưởng,Tổng số,Tập thể,Cá nhân",
        "A,B,C,1=2+3,2,3",
        "1,Bằng khen,Bộ Công an,2,2,0",
        "2,Kỷ niệm chương Bảo vệ an ninh Tổ quốc,Bộ Công an,1,0,1",
        "3,Bằng khen,Ủy ban nhân dân tỉnh,1,1,0");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(",Tổng cộng,,4,3,1");
  }

  @Test
  void theXlsxExportHasTheSameCellsAsNumbers() throws IOException {
    HttpBody xlsx = export(ExportFormat.XLSX);
    assertThat(xlsx.getContentType()).isEqualTo(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getData().toByteArray()))) {
      Sheet sheet = workbook.getSheet("0603");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("SỐ LƯỢNG KHEN THƯỞNG THEO HÌNH THỨC VÀ ĐỐI TƯỢNG");
      assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Cá nhân");
      assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Bằng khen");
      assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("Bộ Công an");
      assertThat(sheet.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(2.0);
      assertThat(sheet.getRow(10).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(sheet.getRow(10).getCell(3).getNumericCellValue()).isEqualTo(4.0);
      assertThat(sheet.getRow(10).getCell(5).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void anExportNeedsAFormat() {
    assertThat(invalidFields(() -> reports(officer(province)).exportAwardSummary(ExportAwardSummaryRequest
        .newBuilder().setName("provinces/" + province + "/awardSummary").build()))).containsExactly("format");
  }

  @Test
  void awardsCountForTheModelTheyCameFrom() {
    String other = "provinces/" + province + "/models/" + UUID.randomUUID();
    var counts = reports(officer(province)).countModelAwards(CountModelAwardsRequest.newBuilder()
        .setParent("provinces/" + province).addModels(model).addModels(other).build());
    assertThat(counts.getModelsList()).containsExactly(
        ModelAwards.newBuilder().setModel(model).setCollective(1).setIndividual(1).build(),
        ModelAwards.newBuilder().setModel(other).build());
  }

  @Test
  void theMinistrySeesEveryProvinceAndEachReadIsAudited() {
    String other = freshProvince();
    decide(other, "1/QĐ-CAT", date(2024, 1, 2), IssuingLevel.PROVINCIAL_POLICE, approve(other, nominate(other,
        person("Lâm Văn Hai", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN"))));
    int audited = jdbc.queryForObject("SELECT count(*) FROM national_audit", Integer.class);
    var figures = national(ISSUER.nationalToken("MINISTRY_ANALYST")).listProvinceAwardFigures(
        ListProvinceAwardFiguresRequest.getDefaultInstance());
    ProvinceAwardFigures mine = figures.getProvincesList().stream()
        .filter(p -> p.getProvince().equals(province)).findFirst().orElseThrow();
    assertThat(mine).isEqualTo(ProvinceAwardFigures.newBuilder().setProvince(province).setCollectives(3)
        .setIndividuals(1).setDecided(4).setMedianDays(50).setOverdue(2).build());
    assertThat(figures.getProvincesList()).filteredOn(p -> p.getProvince().equals(other))
        .extracting(p -> p.getIndividuals() + "/" + p.getMedianDays()).containsExactly("1/2.0");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM national_audit", Integer.class))
        .as("read as the owner, who sees every row").isEqualTo(audited + 1);

    fails(Status.Code.PERMISSION_DENIED, () -> national(officer(province)).listProvinceAwardFigures(
        ListProvinceAwardFiguresRequest.getDefaultInstance()));
  }

  private AwardSummary summary() {
    return reports(officer(province)).getAwardSummary(GetAwardSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/awardSummary").build());
  }

  private HttpBody export(ExportFormat format) {
    return reports(officer(province)).exportAwardSummary(ExportAwardSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/awardSummary").setFormat(format).build());
  }
}
