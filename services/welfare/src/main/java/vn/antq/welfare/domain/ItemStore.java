package vn.antq.welfare.domain;

import java.util.Optional;
import java.util.UUID;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;

/**
 * Storage of welfare items. Every method runs inside a transaction already bound to the caller's
 * province: reads never filter by province (row-level security does); the province is only the
 * value of new rows.
 */
public interface ItemStore {

  Optional<WelfareItem> find(UUID id);

  /** The item, locked until the transaction ends, so concurrent updates apply one after the other. */
  Optional<WelfareItem> findForUpdate(UUID id);

  Optional<EarlierRequest> findByRequest(String requestId);

  /** False, and nothing stored, when the request_id is already taken (a concurrent twin won). */
  boolean insert(UUID id, String province, ItemDraft item, ItemLinks links, String requestId, String fingerprint);

  void update(UUID id, ItemDraft item, ItemLinks links);

  /** Oldest first, after the id {@code after} (null: from the start). */
  Page<WelfareItem> list(ItemFilter filter, int pageSize, UUID after);
}
