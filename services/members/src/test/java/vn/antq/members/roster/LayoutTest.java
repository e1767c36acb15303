package vn.antq.members.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void headersMatchWithoutCaseDiacriticsOrSpacingAndCommonOtherNames() {
    Table.Row header = row("STT", "HO VA TEN", "ngày sinh *", "Giới Tính", "CCCD", "Xã / Phường", "Huyện",
        "Mã mô hình", "Mã tổ");
    Table.Row data = row("1", "Nguyễn Văn A", "01/01/1970", "Nam", "095070001234", "Xã A", "Huyện B", "BL-X", "id");

    Layout layout = Layout.of(header);

    assertThat(layout.cell(data, Column.FULL_NAME).text()).isEqualTo("Nguyễn Văn A");
    assertThat(layout.cell(data, Column.NATIONAL_ID).text()).isEqualTo("095070001234");
    assertThat(layout.cell(data, Column.COMMUNE).text()).isEqualTo("Xã A");
    assertThat(layout.cell(data, Column.PHONE).text()).isEmpty();
  }

  @Test
  void everyMissingOrRepeatedColumnIsReported() {
    RosterException error = catchThrowableOfType(RosterException.class,
        () -> Layout.of(row("Họ và tên", "Họ tên", "Ngày sinh")));

    assertThat(error.problems()).extracting(ImportProblem::column).containsExactly("Họ và tên", "Giới tính",
        "Số CCCD", "Xã/Phường", "Quận/Huyện", "Mã mô hình", "Mã tổ");
    assertThat(error.problems().get(0).reason()).isEqualTo("the column appears twice");
  }

  private static Table.Row row(String... cells) {
    List<Table.Cell> list = Arrays.stream(cells).map(text -> new Table.Cell(text, false)).toList();
    return new Table.Row(1, list);
  }
}
