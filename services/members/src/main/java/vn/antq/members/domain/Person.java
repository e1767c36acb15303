package vn.antq.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored person. {@code nationalId} is the full number inside the domain; {@code sensitive} is
 * null when it was not read. What leaves the domain goes through {@link PersonAccess#present}.
 */
public record Person(UUID id, String fullName, LocalDate birthDate, Gender gender, String nationalId, String phone,
                     String commune, String district, String occupation, SensitiveData sensitive,
                     Instant createTime, Instant updateTime) {

  public PersonDraft draft() {
    return new PersonDraft(fullName, birthDate, gender, nationalId, phone, commune, district, occupation, sensitive);
  }

  Person shown(String shownNationalId, SensitiveData shownSensitive) {
    return new Person(id, fullName, birthDate, gender, shownNationalId, phone, commune, district, occupation,
        shownSensitive, createTime, updateTime);
  }
}
