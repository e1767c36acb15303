package vn.antq.members.roster;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed (SAX) rather than loaded, so a large sheet costs
 * little memory. Date cells come out as ISO dates and whole numbers without decimals or exponent,
 * whatever the cell's display format or the server's locale.
 */
final class XlsxReader {

  private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

  static {
    // Zip bombs: POI refuses entries that inflate more than 100 times (its default ratio) and, here,
    // any entry above 200 MB. Entries above 8 MB wait in temporary files, encrypted with a random key,
    // instead of the heap.
    ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(8 * 1024 * 1024);
    ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
  }

  private XlsxReader() {}

  static Table read(byte[] content, int maxRows) {
    try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new RosterException(ImportProblem.ofFile("the workbook has no sheet"));
      }
      Rows rows = new Rows(maxRows);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
            new ReadOnlySharedStringsTable(workbook), rows, rows.formatter, false));
        parser.parse(new InputSource(sheet));
      }
      return Table.of(rows.found, maxRows);
    } catch (RosterException e) {
      throw e;
    } catch (Exception e) {
      // Whatever POI or the XML parser throws on a damaged file, the answer to the user is the same.
      log.debug("Unreadable workbook", e);
      throw new RosterException(ImportProblem.ofFile(
          "the file looks like a ZIP archive but is not a readable Excel workbook (.xlsx)"));
    }
  }

  /** Collects the rows; cells missing from the XML (empty) are filled in by column letter. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<Table.Row> found = new ArrayList<>();
    final IsoFormatter formatter = new IsoFormatter();
    private final int maxRows;
    private List<Table.Cell> cells;

    Rows(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      Table.Row row = new Table.Row(rowNum + 1, List.copyOf(cells));
      if (!row.isBlank()) {
        found.add(row);
        if (found.size() > maxRows + 1) {
          Table.of(found, maxRows);
        }
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add(Table.Cell.EMPTY);
      }
      cells.add(new Table.Cell(formattedValue == null ? "" : formattedValue, formatter.takeNumeric()));
    }
  }

  /**
   * The handler formats number cells (and only those) through this formatter, just before it
   * reports the cell: so the formatter also tells which cell was a number.
   */
  private static final class IsoFormatter extends DataFormatter {
    private boolean numeric;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      numeric = true;
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    boolean takeNumeric() {
      boolean was = numeric;
      numeric = false;
      return was;
    }
  }
}
