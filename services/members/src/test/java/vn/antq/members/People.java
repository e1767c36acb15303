package vn.antq.members;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.antq.members.v1.Gender;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.SensitiveData;

/** Valid test persons: Vietnamese names and national IDs consistent with birth date and gender. */
final class People {

  private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 900_000));

  private People() {}

  /** A national ID registered in the province with that code ("095" is Bạc Liêu), unique in this test run. */
  static String nationalId(String provinceCode, LocalDate birthDate, Gender gender) {
    int centuryGender = 2 * (birthDate.getYear() / 100 - 19) + (gender == Gender.FEMALE ? 1 : 0);
    return provinceCode + centuryGender + String.format("%02d", birthDate.getYear() % 100)
        + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
  }

  static Person.Builder person(String fullName, LocalDate birthDate, Gender gender) {
    return Person.newBuilder()
        .setFullName(fullName)
        .setBirthDate(date(birthDate))
        .setGender(gender)
        .setNationalId(nationalId("095", birthDate, gender))
        .setPhone("0912 345 678")
        .setCommune("Xã Vĩnh Hậu")
        .setDistrict("Huyện Hòa Bình")
        .setOccupation("Ngư dân")
        .setSensitive(SensitiveData.newBuilder().setEthnicity("Khmer").setReligion("Phật giáo").setReformedOffender(true));
  }

  static Person.Builder somebody() {
    return person("Nguyễn Văn " + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x"),
        LocalDate.of(1978, 3, 15), Gender.MALE);
  }

  static com.google.type.Date date(LocalDate date) {
    return com.google.type.Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue())
        .setDay(date.getDayOfMonth()).build();
  }
}
