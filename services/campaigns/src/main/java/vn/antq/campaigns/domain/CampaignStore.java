package vn.antq.campaigns.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Storage of launches. Every method runs inside the caller's transaction, already bound to the
 * caller's province: reads never filter by province (row-level security does); the province is
 * only the value of new rows.
 */
public interface CampaignStore {

  Optional<Campaign> find(UUID id);

  Optional<UUID> findIdByRequest(String requestId);

  void insert(UUID id, String province, CampaignDraft campaign, String requestId);

  void update(UUID id, CampaignDraft campaign);

  Page<Campaign> list(ActivityFilter filter, int pageSize, ActivityCursor after);
}
