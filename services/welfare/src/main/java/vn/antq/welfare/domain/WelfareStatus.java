package vn.antq.welfare.domain;

/** An item's progress. It moves forward, possibly skipping a step, and never back: reports count handed-over items. */
public enum WelfareStatus {
  PLANNED, IN_PROGRESS, HANDED_OVER;

  public boolean canBecome(WelfareStatus target) {
    return target.ordinal() >= ordinal();
  }
}
