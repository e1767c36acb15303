package vn.antq.welfare.domain;

import java.util.Optional;
import java.util.UUID;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;

/** Storage of sponsors and their contributions; runs in the caller's province transaction. */
public interface SponsorStore {

  Optional<Sponsor> find(UUID id);

  Optional<EarlierRequest> findByRequest(String requestId);

  boolean insert(UUID id, String province, SponsorDraft sponsor, String requestId, String fingerprint);

  Page<Sponsor> list(int pageSize, UUID after);

  Optional<Contribution> findContribution(UUID sponsorId, UUID id);

  Optional<EarlierRequest> findContributionByRequest(String requestId);

  boolean insertContribution(UUID id, String province, UUID sponsorId, ContributionDraft contribution,
                             ContributionLinks links, String requestId, String fingerprint);

  Page<Contribution> listContributions(UUID sponsorId, int pageSize, UUID after);
}
