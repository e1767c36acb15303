package vn.antq.campaigns.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of forums and their opinions, in the caller's transaction and province. */
public interface ForumStore {

  Optional<Forum> find(UUID id);

  Optional<UUID> findIdByRequest(String requestId);

  void insert(UUID id, String province, ForumDraft forum, String requestId);

  Page<Forum> list(ActivityFilter filter, int pageSize, ActivityCursor after);

  Optional<Opinion> findOpinion(UUID forumId, UUID opinionId);

  void updateFollowUp(UUID opinionId, FollowUpStatus status);
}
