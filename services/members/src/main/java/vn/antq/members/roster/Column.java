package vn.antq.members.roster;

import java.util.List;
import vn.antq.members.domain.PersonField;

/**
 * The documented column layout of a member roster (README, "Bulk import"). Headers are matched
 * ignoring case, diacritics and spacing, so "Ho va ten" finds "Họ và tên"; each column also accepts
 * the other names provinces commonly use. Column order is free; unknown columns (e.g. "STT") are ignored.
 */
public enum Column {
  FULL_NAME("Họ và tên", true, PersonField.FULL_NAME, "Họ tên", "Họ và tên thành viên"),
  BIRTH_DATE("Ngày sinh", true, PersonField.BIRTH_DATE, "Ngày tháng năm sinh"),
  GENDER("Giới tính", true, PersonField.GENDER),
  NATIONAL_ID("Số CCCD", true, PersonField.NATIONAL_ID, "CCCD", "Số căn cước", "Số căn cước công dân", "Số định danh"),
  PHONE("Số điện thoại", false, PersonField.PHONE, "Điện thoại", "SĐT"),
  COMMUNE("Xã/Phường", true, PersonField.COMMUNE, "Xã, phường", "Phường/Xã", "Xã"),
  DISTRICT("Quận/Huyện", true, PersonField.DISTRICT, "Huyện, quận", "Huyện/Thị xã/Thành phố", "Huyện"),
  OCCUPATION("Nghề nghiệp", false, PersonField.OCCUPATION),
  ETHNICITY("Dân tộc", false, PersonField.ETHNICITY),
  RELIGION("Tôn giáo", false, PersonField.RELIGION),
  REFORMED_OFFENDER("Hoàn lương", false, null, "Người hoàn lương"),
  MODEL_CODE("Mã mô hình", true, null),
  GROUP_ID("Mã tổ", true, null),
  ROLE("Vai trò", false, null, "Chức vụ"),
  JOINED_DATE("Ngày tham gia", false, null, "Ngày vào tổ");

  private final String header;
  private final boolean required;
  private final PersonField field;
  private final List<String> aliases;

  Column(String header, boolean required, PersonField field, String... aliases) {
    this.header = header;
    this.required = required;
    this.field = field;
    this.aliases = List.of(aliases);
  }

  /** The header as the layout writes it, and as reports name the column. */
  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), aliases.stream()).toList();
  }

  /** The column that carries a person field, for reporting the person rules' problems. */
  static Column of(PersonField field) {
    for (Column column : values()) {
      if (column.field == field) {
        return column;
      }
    }
    throw new IllegalArgumentException("no column for " + field);
  }
}
