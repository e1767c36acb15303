package vn.antq.members.domain;

/** Sensitive personal data under Decree 13/2023/NĐ-CP: stored encrypted, shown only on a stated purpose. */
public record SensitiveData(String ethnicity, String religion, boolean reformedOffender) {

  public static final SensitiveData NONE = new SensitiveData("", "", false);

  public SensitiveData {
    ethnicity = ethnicity == null ? "" : ethnicity;
    religion = religion == null ? "" : religion;
  }
}
