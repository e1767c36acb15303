package vn.antq.members.roster;

public enum ImportState {
  VALIDATING, WRITING, SUCCEEDED, FAILED;

  boolean isRunning() {
    return this == VALIDATING || this == WRITING;
  }
}
