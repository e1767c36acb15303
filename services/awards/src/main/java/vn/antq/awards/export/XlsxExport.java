package vn.antq.awards.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Form 0603 as an XLSX workbook of one sheet, counts as numeric cells (Apache POI, as members imports use). */
public final class XlsxExport {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String SHEET = "0603";

  private XlsxExport() {}

  public static byte[] write(Form0603 form) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET);
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      CellStyle bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      List<String> title = form.titleLines();
      for (int i = 0; i < title.size(); i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(title.get(i));
        row.getCell(0).setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(i, i, 0, Form0603.HEADER.size() - 1));
      }
      int r = form.headerRow();
      text(sheet.createRow(r++), Form0603.HEADER, bold);
      text(sheet.createRow(r++), Form0603.COLUMN_CODES, bold);
      for (Form0603.Row data : form.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < data.cells().size(); c++) {
          Object value = data.cells().get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      sheet.setColumnWidth(1, 40 * 256);
      sheet.setColumnWidth(2, 45 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the XLSX export", e);
    }
  }

  private static void text(Row row, List<String> cells, CellStyle style) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
      row.getCell(c).setCellStyle(style);
    }
  }
}
