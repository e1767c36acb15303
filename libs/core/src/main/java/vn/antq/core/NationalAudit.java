package vn.antq.core;

import java.time.Instant;
import java.util.Set;

/**
 * The durable record of every national operation (who, what, when), kept by each service that
 * offers one. The caller interceptor writes an entry before the operation reads anything and
 * refuses the call when it cannot: a national read that is not on record does not happen.
 */
public interface NationalAudit {

  /** Stores the entry durably; throws when it could not. */
  void record(Entry entry);

  /**
   * @param callerProvince the province of a province caller refused a national operation; null for the Ministry
   * @param request the request as JSON (what was asked for), possibly shortened
   * @param allowed false for a caller whose roles do not allow the operation
   */
  record Entry(Instant time, String subject, String callerProvince, Set<Role> roles, String method, String access,
               String request, boolean allowed) {

    public Entry {
      roles = Set.copyOf(roles);
    }
  }
}
