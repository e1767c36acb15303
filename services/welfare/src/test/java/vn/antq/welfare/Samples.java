package vn.antq.welfare;

import com.google.type.Date;
import java.time.LocalDate;
import vn.antq.welfare.v1.Beneficiary;
import vn.antq.welfare.v1.BeneficiaryType;
import vn.antq.welfare.v1.HouseWork;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareKind;
import vn.antq.welfare.v1.WelfareStatus;

/** Valid requests to start from; each test changes what it is about. */
final class Samples {

  static final String LONG_DIEN = "Xã Long Điền";
  static final String DONG_HAI = "Huyện Đông Hải";

  private Samples() {}

  static WelfareItem.Builder house() {
    return WelfareItem.newBuilder().setKind(WelfareKind.CHARITY_HOUSE).setHouseWork(HouseWork.NEW_BUILD)
        .setDisplayName("Nhà tình thương ấp Cây Giang").setQuantity(1).setValue(80_000_000)
        .setCommune(LONG_DIEN).setDistrict(DONG_HAI);
  }

  static WelfareItem.Builder rice(long kilograms) {
    return WelfareItem.newBuilder().setKind(WelfareKind.RICE).setDisplayName("Tặng gạo hộ nghèo")
        .setQuantity(kilograms).setValue(kilograms * 15_000).setCommune(LONG_DIEN).setDistrict(DONG_HAI);
  }

  static WelfareItem.Builder handedOver(WelfareItem.Builder item, LocalDate day) {
    return item.setStatus(WelfareStatus.HANDED_OVER).setHandoverDate(date(day));
  }

  static Beneficiary.Builder household() {
    return Beneficiary.newBuilder().setType(BeneficiaryType.HOUSEHOLD).setFullName("Thạch Thị Sa Rết")
        .setNationalId(digits(12)).setPhone("0912 345 678").setAddress("Ấp Cây Giang, tổ 4")
        .setCommune(LONG_DIEN).setDistrict(DONG_HAI).setBirthDate(date(LocalDate.of(1968, 3, 14)))
        .setCircumstances("Hộ nghèo, chồng mất, nuôi hai con nhỏ");
  }

  static Beneficiary.Builder student() {
    return Beneficiary.newBuilder().setType(BeneficiaryType.STUDENT).setFullName("Lâm Ngọc Hân")
        .setCommune(LONG_DIEN).setDistrict(DONG_HAI).setBirthDate(date(LocalDate.of(2011, 9, 5)))
        .setSchool("Trường THCS Long Điền");
  }

  static Date date(LocalDate day) {
    return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth()).build();
  }

  /** A random citizen id of that many digits, so tests never collide on the province's unique citizen ids. */
  static String digits(int count) {
    StringBuilder id = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      id.append(random.nextInt(10));
    }
    return id.toString();
  }
}
