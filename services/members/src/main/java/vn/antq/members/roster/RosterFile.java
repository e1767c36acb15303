package vn.antq.members.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.antq.core.DomainException;

/**
 * An uploaded file, recognised before any work starts: size, emptiness, and which of the accepted
 * formats it is (an XLSX workbook, or CSV as UTF-8 text). What cannot be one of them is refused at
 * once with the reason, as an error on the request's {@code content}.
 */
public record RosterFile(String fileName, FileFormat format, byte[] content) {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final int SNIFF = 8192;

  public static RosterFile of(String fileName, byte[] content, long maxBytes) {
    if (content.length > maxBytes) {
      throw invalid("the file has " + megabytes(content.length) + "; at most " + megabytes(maxBytes) + " are accepted");
    }
    if (isBlank(content)) {
      throw invalid("the file is empty");
    }
    if (startsWith(content, ZIP)) {
      return new RosterFile(fileName, FileFormat.XLSX, content);
    }
    if (startsWith(content, OLE2)) {
      throw invalid("this is an old Excel (.xls) or password-protected workbook: save it as .xlsx or as CSV UTF-8");
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(content, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      throw invalid("the file is UTF-16 text: save it as CSV UTF-8");
    }
    for (int i = 0; i < Math.min(content.length, SNIFF); i++) {
      if (content[i] == 0) {
        throw invalid("this is neither an Excel workbook (.xlsx) nor CSV text");
      }
    }
    checkUtf8(content);
    return new RosterFile(fileName, FileFormat.CSV, content);
  }

  /** CSV must be UTF-8: a legacy encoding (TCVN3, VNI, Windows-1258) would corrupt Vietnamese names silently. */
  private static void checkUtf8(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(content);
    try {
      decoder.decode(input);
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < Math.min(input.position(), content.length); i++) {
        if (content[i] == '\n') {
          line++;
        }
      }
      throw invalid("the file is not UTF-8 text (first bad byte on line " + line
          + "): save it as \"CSV UTF-8\", or as .xlsx");
    }
  }

  private static boolean isBlank(byte[] content) {
    int start = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    for (int i = start; i < content.length; i++) {
      if (!Character.isWhitespace(content[i]) && content[i] != ',' && content[i] != ';') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static DomainException.InvalidInput invalid(String reason) {
    return new DomainException.InvalidInput("content", reason);
  }
}
