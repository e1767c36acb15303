package vn.antq.members.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void quotedValuesMayHoldSeparatorsQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
    Table table = read("\uFEFFHọ và tên,Ghi chú\r\n\"Nguyễn Văn A\",\"Tổ 1, ấp 3\"\r\n"
        + "\"Lê Thị \"\"Út\"\"\",\"hai\ndòng\"\r\n\r\nTrần Văn B,cuối");

    assertThat(table.header().cells()).extracting(Table.Cell::text).containsExactly("Họ và tên", "Ghi chú");
    assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 3, 6);
    assertThat(table.rows().get(0).cell(1).text()).isEqualTo("Tổ 1, ấp 3");
    assertThat(table.rows().get(1).cell(0).text()).isEqualTo("Lê Thị \"Út\"");
    assertThat(table.rows().get(1).cell(1).text()).isEqualTo("hai\ndòng");
    assertThat(table.rows().get(2).cell(1).text()).isEqualTo("cuối");
  }

  @Test
  void semicolonsAndTabsAreSeparatorsWhenTheHeaderUsesThem() {
    assertThat(read("Họ và tên;Ngày sinh\nA;01/01/1970\n").rows().get(0).cells()).extracting(Table.Cell::text)
        .containsExactly("A", "01/01/1970");
    assertThat(read("Họ và tên\tNgày sinh\nA, B\t01/01/1970\n").rows().get(0).cells()).extracting(Table.Cell::text)
        .containsExactly("A, B", "01/01/1970");
  }

  @Test
  void tooManyRowsStopTheReading() {
    assertThatThrownBy(() -> CsvReader.read("H\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8), 3))
        .isInstanceOf(RosterException.class).hasMessageContaining("more than 3 member rows");
  }

  private static Table read(String text) {
    return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), 100);
  }
}
