package vn.antq.members.domain;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Tells the registry that groups' member counts changed; the registry reads them back (CountMembers). */
public interface CountPublisher {

  /** Returns, per group, the count version the registry now keeps. Never called inside a transaction. */
  Map<UUID, Long> publish(Collection<UUID> groupIds);
}
