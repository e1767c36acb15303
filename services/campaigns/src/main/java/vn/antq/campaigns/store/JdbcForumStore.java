package vn.antq.campaigns.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.ActivityCursor;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.FollowUpStatus;
import vn.antq.campaigns.domain.Forum;
import vn.antq.campaigns.domain.ForumDraft;
import vn.antq.campaigns.domain.ForumStore;
import vn.antq.campaigns.domain.Opinion;
import vn.antq.campaigns.domain.OpinionDraft;
import vn.antq.campaigns.domain.OpinionTopic;
import vn.antq.campaigns.domain.Page;

/** SQL for forums and their opinions. Row-level security confines every statement to the caller's province. */
@Repository
public class JdbcForumStore implements ForumStore {

  private static final DatedListing LISTING = new DatedListing("forum", "held_on");
  private static final RowMapper<Forum> FORUM = (rs, i) -> new Forum(rs.getObject("id", UUID.class),
      Rows.date(rs, "held_on"), Rows.place(rs), rs.getInt("attendees"), List.of(), Rows.instant(rs, "create_time"));
  private static final RowMapper<Opinion> OPINION = (rs, i) -> new Opinion(rs.getObject("id", UUID.class),
      rs.getObject("forum_id", UUID.class), OpinionTopic.valueOf(rs.getString("topic")), rs.getString("text"),
      FollowUpStatus.valueOf(rs.getString("follow_up")), Rows.instant(rs, "update_time"));

  private final JdbcClient jdbc;

  public JdbcForumStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Forum> find(UUID id) {
    return jdbc.sql("SELECT * FROM forum WHERE id = ?").param(id).query(FORUM).optional()
        .map(forum -> withOpinions(List.of(forum)).get(0));
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM forum WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insert(UUID id, String province, ForumDraft forum, String requestId) {
    jdbc.sql("""
            INSERT INTO forum (province, id, held_on, district, commune, venue, attendees, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, forum.date(), forum.place().district(), forum.place().commune(), forum.place().venue(),
            forum.attendees(), requestId)
        .update();
    for (int position = 0; position < forum.opinions().size(); position++) {
      OpinionDraft opinion = forum.opinions().get(position);
      jdbc.sql("""
              INSERT INTO forum_opinion (province, id, forum_id, position, topic, text, follow_up)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(province, UUID.randomUUID(), id, position, opinion.topic().name(), opinion.text(),
              opinion.followUpStatus().name())
          .update();
    }
  }

  @Override
  public Page<Forum> list(ActivityFilter filter, int pageSize, ActivityCursor after) {
    Page<Forum> page = LISTING.page(jdbc, FORUM, filter, pageSize, after,
        forum -> new ActivityCursor(forum.date(), forum.id()));
    return new Page<>(withOpinions(page.items()), page.nextCursor(), page.totalSize());
  }

  @Override
  public Optional<Opinion> findOpinion(UUID forumId, UUID opinionId) {
    return jdbc.sql("SELECT * FROM forum_opinion WHERE forum_id = ? AND id = ?").params(forumId, opinionId)
        .query(OPINION).optional();
  }

  @Override
  public void updateFollowUp(UUID opinionId, FollowUpStatus status) {
    jdbc.sql("UPDATE forum_opinion SET follow_up = ?, update_time = now() WHERE id = ?")
        .params(status.name(), opinionId).update();
  }

  /** One query for the opinions of all the given forums. */
  private List<Forum> withOpinions(List<Forum> forums) {
    if (forums.isEmpty()) {
      return forums;
    }
    Map<UUID, List<Opinion>> byForum = jdbc.sql("""
            SELECT * FROM forum_opinion WHERE forum_id = ANY(?) ORDER BY forum_id, position""")
        .param(new SqlArrayValue("uuid", forums.stream().map(Forum::id).toArray()))
        .query(OPINION).list().stream()
        .collect(Collectors.groupingBy(Opinion::forumId));
    return forums.stream().map(forum -> new Forum(forum.id(), forum.date(), forum.place(), forum.attendees(),
        byForum.getOrDefault(forum.id(), List.of()), forum.createTime())).toList();
  }
}
