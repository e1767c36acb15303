package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.members.v1.CreateImportRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.FileFormat;
import vn.antq.members.v1.Gender;
import vn.antq.members.v1.GetImportRequest;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.ImportError;
import vn.antq.members.v1.ImportState;
import vn.antq.members.v1.ListImportErrorsRequest;
import vn.antq.members.v1.ListImportErrorsResponse;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.MemberImport;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.PersonView;

/** Bulk import: every bad row reported with line and column, all rows or none written, no duplicates twice. */
class ImportsTest extends MembersTestBase {

  @Test
  void aDryRunReportsEveryBadRowAndChangesNothing() {
    String province = province("dry");
    String group = REGISTRY.addGroup(province, "BL-NGUDAN");
    Roster roster = new Roster();
    List<String> good = roster.add("Nguyễn Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group);
    Roster.set(roster.add("Trần Văn Tư", LocalDate.of(1975, 1, 1), Gender.MALE, "BL-NGUDAN", group),
        "Số CCCD", "95175123456");
    Roster.set(roster.add("Lê Thị Năm", LocalDate.of(1980, 1, 1), Gender.FEMALE, "BL-NGUDAN", group),
        "Ngày sinh", Roster.dmy(LocalDate.now().plusYears(1)));
    Roster.set(roster.add("Phạm Văn Sáu", LocalDate.of(1981, 1, 1), Gender.MALE, "BL-NGUDAN", group),
        "Mã tổ", UUID.randomUUID().toString());
    Roster.set(roster.add("Võ Thị Bảy", LocalDate.of(1982, 1, 1), Gender.FEMALE, "BL-NGUDAN", group),
        "Mã mô hình", "BL-KHONGCO");
    Roster.set(roster.again(good, group), "Số điện thoại", "0987654321");
    List<String> old = roster.add("Đặng Văn Tám", LocalDate.of(1980, 1, 1), Gender.MALE, "BL-NGUDAN", group);
    Roster.set(old, "Ngày sinh", "01/01/1890");
    Roster.set(old, "Số CCCD", "095090123456");

    MemberImport done = run(province, roster.csv(), true);

    assertThat(done.getState()).isEqualTo(ImportState.FAILED);
    assertThat(done.getDryRun()).isTrue();
    assertThat(done.getFormat()).isEqualTo(FileFormat.CSV);
    assertThat(done.getRowsTotal()).isEqualTo(7);
    assertThat(done.getErrorsList()).extracting(e -> e.getLine() + " " + e.getColumn()).containsExactly(
        "3 Số CCCD", "4 Ngày sinh", "5 Mã tổ", "6 Mã mô hình", "7 Số CCCD", "8 Ngày sinh");
    assertThat(done.getErrors(0).getReason()).contains("12 digits");
    assertThat(done.getErrors(1).getReason()).contains("future");
    assertThat(done.getErrors(2).getReason()).contains("no group");
    assertThat(done.getErrors(3).getReason()).contains("no model BL-KHONGCO");
    assertThat(done.getErrors(4).getReason()).contains("line 2", "Số điện thoại");
    assertThat(done.getErrors(5).getReason()).contains("implausible");
    assertThat(personsIn(province)).isZero();
  }

  @Test
  void aCleanDryRunSaysWhatWouldBeWrittenAndWritesNothing() {
    String province = province("dry-ok");
    String group = REGISTRY.addGroup(province, "BL-NGUDAN");
    Roster roster = new Roster();
    roster.add("Nguyễn Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group);

    MemberImport done = run(province, roster.csv(), true);

    assertThat(done.getState()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(done.getPersonsCreated()).isEqualTo(1);
    assertThat(done.getMembershipsCreated()).isEqualTo(1);
    assertThat(personsIn(province)).isZero();
    assertThat(REGISTRY.keptCount(group)).isZero();
  }

  @Test
  void aFileIsWrittenAllTogetherAndImportingItAgainCreatesNothing() {
    String province = province("real");
    String fishermen = REGISTRY.addGroup(province, "BL-NGUDAN");
    String lineage = REGISTRY.addGroup(province, "BL-DONGTOC");
    Roster roster = new Roster();
    List<String> hai = roster.add("Nguyễn Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", fishermen);
    Roster.set(hai, "Vai trò", "Tổ trưởng");
    Roster.set(roster.again(hai, lineage), "Mã mô hình", "BL-DONGTOC");
    roster.add("Thạch Thị Sa Rươne", LocalDate.of(1992, 12, 31), Gender.FEMALE, "BL-NGUDAN", fishermen);

    MemberImport first = run(province, roster.csv(), false);
    assertThat(first.getErrorsList()).isEmpty();
    assertThat(first.getState()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(first.getPersonsCreated()).isEqualTo(2);
    assertThat(first.getMembershipsCreated()).isEqualTo(3);
    assertThat(first.getRowsDone()).isEqualTo(first.getRowsTotal()).isEqualTo(3);
    assertThat(REGISTRY.keptCount(fishermen)).isEqualTo(2);
    assertThat(REGISTRY.keptCount(lineage)).isEqualTo(1);

    MemberImport again = run(province, roster.csv(), false);
    assertThat(again.getState()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(again.getPersonsCreated()).isZero();
    assertThat(again.getMembershipsCreated()).isZero();
    assertThat(again.getRowsUnchanged()).isEqualTo(3);
    assertThat(again.getPersonsUpdated()).isZero();
    assertThat(personsIn(province)).isEqualTo(2);
    assertThat(REGISTRY.keptCount(fishermen)).isEqualTo(2);
  }

  @Test
  void oneBadRowAndNothingIsWritten() {
    String province = province("none");
    String group = REGISTRY.addGroup(province, "BL-NGUDAN");
    Roster roster = new Roster();
    for (int i = 0; i < 30; i++) {
      roster.add("Nguyễn Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group);
    }
    Roster.set(roster.rows.get(29), "Giới tính", "Không rõ");

    MemberImport done = run(province, roster.csv(), false);

    assertThat(done.getState()).isEqualTo(ImportState.FAILED);
    assertThat(done.getErrorsList()).singleElement().satisfies(e -> {
      assertThat(e.getLine()).isEqualTo(31);
      assertThat(e.getColumn()).isEqualTo("Giới tính");
    });
    assertThat(done.getPersonsCreated()).isZero();
    assertThat(personsIn(province)).isZero();
  }

  @Test
  void anXlsxWithDateCellsAndNumericIdsIsReadAsTyped() {
    String province = province("xlsx");
    String group = REGISTRY.addGroup(province, "BL-KHMER-3TC");
    Roster roster = new Roster();
    List<String> row = roster.add("Thạch Sô Phol", LocalDate.of(1988, 10, 9), Gender.MALE, "BL-KHMER-3TC", group);

    MemberImport done = run(province, roster.xlsx(), false);

    assertThat(done.getErrorsList()).isEmpty();
    assertThat(done.getFormat()).isEqualTo(FileFormat.XLSX);
    Person stored = members(officer(province)).listPersons(ListPersonsRequest.newBuilder()
        .setParent("provinces/" + province).build()).getPersons(0);
    Person full = members(admin(province)).getPerson(GetPersonRequest.newBuilder().setName(stored.getName())
        .setView(PersonView.FULL).setPurpose("Kiểm tra dữ liệu nhập").build());
    assertThat(full.getNationalId()).as("leading zero restored").isEqualTo(row.get(3));
    assertThat(full.getBirthDate().getYear()).isEqualTo(1988);
    assertThat(full.getBirthDate().getDay()).isEqualTo(9);
  }

  @Test
  void aKnownPersonIsUpdatedFromTheFileButAnIdRegisteredToSomeoneElseIsRefused() {
    String province = province("known");
    String group = REGISTRY.addGroup(province, "BL-NGUDAN");
    Person known = members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(People.person("Lâm Văn Hải", LocalDate.of(1970, 4, 1),
            Gender.MALE)).build());
    String nationalId = members(admin(province)).getPerson(GetPersonRequest.newBuilder().setName(known.getName())
        .setView(PersonView.FULL).setPurpose("Đối chiếu trước khi nhập").build()).getNationalId();

    Roster same = new Roster();
    List<String> row = same.add("Lâm Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group);
    Roster.set(row, "Số CCCD", nationalId);
    Roster.set(row, "Số điện thoại", "0387654321");
    MemberImport updated = run(province, same.csv(), false);
    assertThat(updated.getPersonsCreated()).isZero();
    assertThat(updated.getPersonsUpdated()).isEqualTo(1);
    assertThat(members(officer(province)).getPerson(GetPersonRequest.newBuilder().setName(known.getName()).build())
        .getPhone()).isEqualTo("0387654321");

    Roster other = new Roster();
    Roster.set(other.add("Lâm Thị Hoa", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group), "Số CCCD",
        nationalId);
    MemberImport refused = run(province, other.csv(), false);
    assertThat(refused.getErrorsList()).singleElement().satisfies(e -> {
      assertThat(e.getColumn()).isEqualTo("Số CCCD");
      assertThat(e.getReason()).contains("already registered").doesNotContain(nationalId);
    });
  }

  @Test
  void filesThatAreNotRostersAreRefusedAtOnceWithTheReason() {
    String province = province("bad");
    assertContent(province, new byte[0], "empty");
    assertContent(province, "   \r\n ,,, \r\n".getBytes(StandardCharsets.UTF_8), "empty");
    byte[] legacy = (String.join(",", Roster.HEADER) + "\r\nNguyễn Văn Hải,01/04/1970\r\n")
        .getBytes(Charset.forName("windows-1258"));
    assertContent(province, legacy, "not UTF-8");
    assertContent(province, withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Họ và tên".getBytes(StandardCharsets.UTF_16LE)),
        "UTF-16");
    assertContent(province, withPrefix(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, new byte[512]), ".xls");
    byte[] garbage = new byte[1024 * 1024];
    new Random(7).nextBytes(garbage);
    assertContent(province, garbage, "neither");
    assertContent(province, new byte[17 * 1024 * 1024 - 1024], "at most 16.0 MB");

    byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
    new Random(11).nextBytes(fiftyMegabytes);
    var tooLarge = fails(Status.Code.RESOURCE_EXHAUSTED, () -> start(province, fiftyMegabytes, false, null));
    assertThat(tooLarge.getStatus().getDescription()).contains("exceeds maximum");
  }

  @Test
  void problemsOfTheWholeFileEndTheImportWithTheReason() {
    String province = province("whole");
    assertFailed(province, "Họ và tên,Ngày sinh,Giới tính\r\nNguyễn Văn Hải,01/04/1970,Nam\r\n".getBytes(StandardCharsets.UTF_8),
        "1 Số CCCD missing required column", "1 Xã/Phường missing required column",
        "1 Quận/Huyện missing required column", "1 Mã mô hình missing required column",
        "1 Mã tổ missing required column");
    assertFailed(province, (String.join(",", Roster.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8),
        "0  the file has a header but no member rows");
    assertFailed(province, (String.join(",", Roster.HEADER) + "\r\n\"Nguyễn Văn Hải,01/04/1970\r\n").getBytes(StandardCharsets.UTF_8),
        "2  a quoted value that starts on this line is never closed");
    assertFailed(province, withPrefix(new byte[] {'P', 'K', 3, 4}, new byte[4096]),
        "0  the file looks like a ZIP archive but is not a readable Excel workbook (.xlsx)");
  }

  @Test
  void everyErrorIsListedPageByPageAndARetryReturnsTheSameImport() {
    String province = province("pages");
    String group = REGISTRY.addGroup(province, "BL-NGUDAN");
    Roster roster = new Roster();
    for (int i = 0; i < 250; i++) {
      Roster.set(roster.add("Nguyễn Văn Hải", LocalDate.of(1970, 4, 1), Gender.MALE, "BL-NGUDAN", group),
          "Ngày sinh", "ngày mai");
    }
    String requestId = UUID.randomUUID().toString();
    MemberImport started = start(province, roster.csv(), true, requestId);
    assertThat(start(province, roster.csv(), true, requestId).getName()).isEqualTo(started.getName());
    MemberImport done = await(province, started.getName());

    assertThat(done.getErrorCount()).isEqualTo(250);
    assertThat(done.getErrorsCount()).isEqualTo(100);
    List<ImportError> all = new ArrayList<>();
    String token = "";
    do {
      ListImportErrorsResponse page = imports(officer(province)).listImportErrors(ListImportErrorsRequest.newBuilder()
          .setParent(done.getName()).setPageSize(100).setPageToken(token).build());
      all.addAll(page.getErrorsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertThat(all).hasSize(250);
    assertThat(all).extracting(ImportError::getLine).isSorted().startsWith(2, 3).endsWith(251);
  }

  private void assertContent(String province, byte[] content, String reason) {
    var error = fails(Status.Code.INVALID_ARGUMENT, () -> start(province, content, true, null));
    assertThat(fieldsOf(error)).containsExactly("content");
    assertThat(error.getStatus().getDescription()).contains(reason);
  }

  private void assertFailed(String province, byte[] content, String... errors) {
    MemberImport done = run(province, content, false);
    assertThat(done.getState()).isEqualTo(ImportState.FAILED);
    assertThat(done.getErrorsList()).extracting(e -> e.getLine() + " " + e.getColumn() + " " + e.getReason())
        .containsExactlyInAnyOrder(errors);
  }

  private MemberImport run(String province, byte[] content, boolean dryRun) {
    return await(province, start(province, content, dryRun, null).getName());
  }

  private MemberImport start(String province, byte[] content, boolean dryRun, String requestId) {
    return imports(officer(province)).createImport(CreateImportRequest.newBuilder()
        .setParent("provinces/" + province).setFileName("thanh-vien.csv").setContent(ByteString.copyFrom(content))
        .setDryRun(dryRun).setRequestId(requestId == null ? "" : requestId).build());
  }

  private MemberImport await(String province, String name) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      MemberImport state = imports(officer(province)).getImport(GetImportRequest.newBuilder().setName(name).build());
      if (state.getState() == ImportState.SUCCEEDED || state.getState() == ImportState.FAILED) {
        return state;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("import " + name + " did not finish");
  }

  private int personsIn(String province) {
    return members(officer(province)).listPersons(ListPersonsRequest.newBuilder().setParent("provinces/" + province)
        .build()).getTotalSize();
  }

  private static byte[] withPrefix(byte[] prefix, byte[] rest) {
    byte[] all = new byte[prefix.length + rest.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }
}
