package vn.antq.launcher.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated member roster in the members service's import layout (CSV): plausible Vietnamese names,
 * valid national IDs (the province's prefix, the century-and-gender digit, the birth year), the
 * occupations and flags a model's sector suggests, the group's leader and deputy first. Some persons
 * belong to two groups, as in life. The same arguments always give the same file.
 */
public final class DemoRoster {

  /** A registry group and how many members it gets. */
  public record Slot(String modelCode, String sector, String commune, String district, String groupId, int members) {}

  /** The file, the distinct persons in it and its rows (memberships). */
  public record Result(byte[] csv, int persons, int memberships) {}

  static final String HEADER = "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Xã/Phường,Quận/Huyện,"
      + "Nghề nghiệp,Dân tộc,Tôn giáo,Hoàn lương,Mã mô hình,Mã tổ,Vai trò,Ngày tham gia";
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** One membership in this many belongs to a person already in another group. */
  private static final int SECOND_GROUP_EVERY = 40;

  private static final String[] KINH_FAMILIES = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
      "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Vũ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Trương", "Đinh", "Tô", "Cao"};
  private static final String[] KHMER_FAMILIES = {"Thạch", "Danh", "Sơn", "Kim", "Lâm", "Châu", "Lý"};
  private static final String[] HOA_FAMILIES = {"Lý", "Quách", "Trương", "Lưu", "Mã", "Tăng", "Hứa"};
  private static final String[] MALE_MIDDLES = {"Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Quốc", "Đức", "Công"};
  private static final String[] FEMALE_MIDDLES = {"Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Hồng"};
  private static final String[] MALE_NAMES = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Minh",
      "Nam", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Phong", "Hiếu", "Lộc",
      "Nghĩa", "Tâm", "Thành", "Đạt", "Huy", "Kiệt", "Sang"};
  private static final String[] FEMALE_NAMES = {"Anh", "Bích", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hoa",
      "Hồng", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Thảo", "Thu", "Trang",
      "Tuyết", "Vân", "Yến", "Đào", "Nga"};
  private static final String[] RELIGIONS = {"Không", "Không", "Không", "Không", "Không", "Không", "Không",
      "Phật giáo", "Phật giáo", "Công giáo", "Cao Đài"};
  private static final String[] OCCUPATIONS = {"Nông dân", "Buôn bán", "Nội trợ", "Công nhân", "Làm thuê",
      "Cán bộ hưu trí", "Thợ may", "Tài xế", "Nuôi trồng thủy sản"};

  private DemoRoster() {}

  /**
   * @param nationalIdPrefix the province's birth-registration code, e.g. "095"
   * @param ethnicities percent per ethnicity, e.g. {Kinh=88, Khmer=9, Hoa=3}
   * @param serialBase first serial (last 6 digits) of the national IDs, so rosters can avoid each other
   */
  public static Result generate(String nationalIdPrefix, Map<String, Integer> ethnicities, List<Slot> slots,
                                long seed, int serialBase) {
    Random random = new Random(seed);
    List<String[]> persons = new ArrayList<>();
    List<String> personGroups = new ArrayList<>();
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    int rows = 0;
    for (Slot slot : slots) {
      for (int position = 0; position < slot.members(); position++, rows++) {
        int reused = rows % SECOND_GROUP_EVERY == SECOND_GROUP_EVERY - 1 && persons.size() > 100
            ? persons.size() - 97 : -1;
        String[] person;
        if (reused >= 0 && !personGroups.get(reused).equals(slot.groupId())) {
          person = persons.get(reused);
        } else {
          person = person(random, nationalIdPrefix, ethnicities, slot, serialBase + persons.size());
          persons.add(person);
          personGroups.add(slot.groupId());
        }
        String role = position == 0 ? "Tổ trưởng" : position == 1 ? "Tổ phó" : "Thành viên";
        LocalDate joined = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(9 * 365));
        csv.append(String.join(",", person)).append(',').append(String.join(",", slot.modelCode(), slot.groupId(),
            role, joined.format(DMY))).append("\r\n");
      }
    }
    return new Result(csv.toString().getBytes(StandardCharsets.UTF_8), persons.size(), rows);
  }

  /** The person columns of a row, up to "Hoàn lương". */
  private static String[] person(Random random, String prefix, Map<String, Integer> ethnicities, Slot slot,
                                 int serial) {
    boolean male = switch (slot.sector()) {
      case "WOMEN" -> false;
      case "VETERANS", "FISHERMEN" -> random.nextInt(10) < 9;
      default -> random.nextInt(10) < 6;
    };
    String ethnicity = pick(random, ethnicities);
    String[] families = switch (ethnicity) {
      case "Khmer" -> KHMER_FAMILIES;
      case "Hoa" -> HOA_FAMILIES;
      default -> KINH_FAMILIES;
    };
    String name = one(random, families) + " " + one(random, male ? MALE_MIDDLES : FEMALE_MIDDLES) + " "
        + one(random, male ? MALE_NAMES : FEMALE_NAMES);
    int year = slot.sector().equals("VETERANS") ? 1945 + random.nextInt(25) : 1955 + random.nextInt(50);
    LocalDate born = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    int centuryGender = 2 * (year / 100 - 19) + (male ? 0 : 1);
    String nationalId = prefix + centuryGender + String.format("%02d%06d", year % 100, serial % 1_000_000);
    String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
    return new String[] {name, born.format(DMY), male ? "Nam" : "Nữ", nationalId, phone, slot.commune(),
        slot.district(), occupation(random, slot.sector()), ethnicity, one(random, RELIGIONS),
        slot.sector().equals("REFORMED_OFFENDERS") ? "Có" : "Không"};
  }

  private static String occupation(Random random, String sector) {
    return switch (sector) {
      case "FISHERMEN" -> "Ngư dân";
      case "FARMERS" -> "Nông dân";
      case "WORKERS", "INDUSTRIAL_ZONE" -> "Công nhân";
      case "VETERANS" -> "Cựu chiến binh";
      case "SCHOOLS" -> "Giáo viên";
      default -> one(random, OCCUPATIONS);
    };
  }

  private static String pick(Random random, Map<String, Integer> shares) {
    int total = shares.values().stream().mapToInt(Integer::intValue).sum();
    int roll = random.nextInt(total);
    for (Map.Entry<String, Integer> share : shares.entrySet()) {
      roll -= share.getValue();
      if (roll < 0) {
        return share.getKey();
      }
    }
    throw new IllegalStateException("no shares");
  }

  private static String one(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
