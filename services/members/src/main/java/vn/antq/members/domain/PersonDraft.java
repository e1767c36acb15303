package vn.antq.members.domain;

import java.time.LocalDate;

/** A person as given by a caller or an import row, before it is checked. */
public record PersonDraft(String fullName, LocalDate birthDate, Gender gender, String nationalId, String phone,
                          String commune, String district, String occupation, SensitiveData sensitive) {

  public PersonDraft {
    sensitive = sensitive == null ? SensitiveData.NONE : sensitive;
  }
}
