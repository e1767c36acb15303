package vn.antq.members.domain;

/**
 * The fields of a person the rules check. The API reports them by field path, an import by its
 * column header: both name the same checks.
 */
public enum PersonField {
  FULL_NAME("full_name"),
  BIRTH_DATE("birth_date"),
  GENDER("gender"),
  NATIONAL_ID("national_id"),
  PHONE("phone"),
  COMMUNE("commune"),
  DISTRICT("district"),
  OCCUPATION("occupation"),
  ETHNICITY("sensitive.ethnicity"),
  RELIGION("sensitive.religion");

  private final String path;

  PersonField(String path) {
    this.path = path;
  }

  /** Field path within a Person message. */
  public String path() {
    return path;
  }

  /** One broken rule. */
  public record Problem(PersonField field, String description) {}
}
