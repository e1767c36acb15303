package vn.antq.members;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.antq.members.v1.Gender;

/** Member rosters in the documented layout, as CSV or XLSX. */
final class Roster {

  static final List<String> HEADER = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại",
      "Xã/Phường", "Quận/Huyện", "Nghề nghiệp", "Dân tộc", "Tôn giáo", "Hoàn lương", "Mã mô hình", "Mã tổ", "Vai trò",
      "Ngày tham gia");

  final List<List<String>> rows = new ArrayList<>();

  /** A valid row of a new person in the group; returns the row's cells to adjust. */
  List<String> add(String fullName, LocalDate birthDate, Gender gender, String modelCode, String groupName) {
    List<String> row = new ArrayList<>(List.of(fullName, dmy(birthDate), gender == Gender.MALE ? "Nam" : "Nữ",
        People.nationalId("095", birthDate, gender), "0912345678", "Xã Vĩnh Hậu", "Huyện Hòa Bình", "Ngư dân", "Kinh",
        "Không", "Không", modelCode, FakeRegistry.id(groupName), "Thành viên", "01/05/2023"));
    rows.add(row);
    return row;
  }

  /** A copy of an earlier row (same person), in another group. */
  List<String> again(List<String> row, String groupName) {
    List<String> copy = new ArrayList<>(row);
    copy.set(Roster.HEADER.indexOf("Mã tổ"), FakeRegistry.id(groupName));
    rows.add(copy);
    return copy;
  }

  static void set(List<String> row, String column, String value) {
    row.set(HEADER.indexOf(column), value);
  }

  byte[] csv() {
    StringBuilder text = new StringBuilder(line(HEADER));
    rows.forEach(row -> text.append(line(row)));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Dates and national IDs as spreadsheet users type them: real date cells, and IDs as numbers. */
  byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Thành viên");
      CellStyle dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < HEADER.size(); c++) {
          String value = rows.get(r).get(c);
          Cell cell = row.createCell(c);
          if (HEADER.get(c).startsWith("Ngày") && value.matches("\\d{2}/\\d{2}/\\d{4}")) {
            cell.setCellValue(java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            cell.setCellStyle(dates);
          } else if (HEADER.get(c).equals("Số CCCD") && value.matches("\\d{12}")) {
            cell.setCellValue(Double.parseDouble(value));
          } else {
            cell.setCellValue(value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dmy(LocalDate date) {
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static String line(List<String> cells) {
    return cells.stream().map(cell -> cell.contains(",") || cell.contains("\"")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell).collect(Collectors.joining(",")) + "\r\n";
  }
}
