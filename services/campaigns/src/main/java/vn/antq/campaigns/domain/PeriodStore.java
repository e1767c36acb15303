package vn.antq.campaigns.domain;

import java.util.List;
import java.util.Set;

/** Approvals of periods and their audit trail, in the caller's transaction and province. */
public interface PeriodStore {

  /**
   * Holds the province's lock on a year until the transaction ends: shared by writers of records,
   * exclusive for approvals, so an approval waits for writes in flight and writes after it see it.
   */
  void lockYear(String province, int year, boolean exclusive);

  /** Which of these period ids are approved. */
  Set<String> approved(List<String> periodIds);

  void setApproved(String periodId, String province, boolean approved);

  void addEvent(String periodId, String province, PeriodAction action, String actor, String reason);

  /** Oldest first. */
  List<PeriodEvent> events(String periodId);
}
