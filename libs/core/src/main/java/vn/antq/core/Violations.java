package vn.antq.core;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request so the caller learns all of them at once, not one per try. */
public final class Violations {

  private final List<DomainException.FieldViolation> found = new ArrayList<>();

  public Violations add(String field, String description) {
    found.add(new DomainException.FieldViolation(field, description));
    return this;
  }

  public Violations check(boolean valid, String field, String description) {
    if (!valid) {
      add(field, description);
    }
    return this;
  }

  /** Required text, NFC-normalised by the caller, between 1 and {@code max} characters. */
  public Violations requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      add(field, "must not be empty");
    } else if (value.codePointCount(0, value.length()) > max) {
      add(field, "must be at most " + max + " characters");
    }
    return this;
  }

  public Violations optionalText(String value, String field, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      add(field, "must be at most " + max + " characters");
    }
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new DomainException.InvalidInput(found);
    }
  }
}
