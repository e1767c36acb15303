package vn.antq.registry.domain;

import java.util.Collection;
import java.util.List;

/**
 * Where member counts come from: the members service, which owns the memberships. Called outside
 * any database transaction.
 */
public interface MemberCountSource {

  /** Current counts of the given groups of the caller's province; groups never joined come back as 0, version 0. */
  List<MemberCount> countsOf(Collection<java.util.UUID> groupIds);
}
