package vn.antq.members.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.members.domain.GroupCount;
import vn.antq.members.domain.TallyStore;

/** SQL for the per-group member counts (see {@link vn.antq.members.domain.MemberCounts}). */
@Repository
public class JdbcTallyStore implements TallyStore {

  private static final RowMapper<GroupCount> COUNT = (rs, i) -> new GroupCount(
      rs.getObject("group_id", UUID.class), rs.getLong("active_members"), rs.getLong("version"));

  private final JdbcClient jdbc;

  public JdbcTallyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void lock(String province, Collection<UUID> groupIds) {
    String[] ids = SqlValues.uuids(groupIds);
    jdbc.sql("""
            INSERT INTO group_tally (province, group_id, active_members, version)
            SELECT ?, g, 0, 0 FROM unnest(?::uuid[]) AS g ORDER BY g
            ON CONFLICT (province, group_id) DO NOTHING""")
        .params(province, ids).update();
    jdbc.sql("""
            SELECT t.group_id FROM group_tally t JOIN unnest(?::uuid[]) AS g(id) ON t.group_id = g.id
            ORDER BY t.group_id FOR UPDATE OF t""")
        .param(ids).query(UUID.class).list();
  }

  @Override
  public void recount(Collection<UUID> groupIds) {
    jdbc.sql("""
            UPDATE group_tally t
            SET active_members = (SELECT count(*) FROM membership m
                                  WHERE m.province = t.province AND m.group_id = t.group_id AND m.status = 'ACTIVE'),
                version = t.version + 1
            FROM unnest(?::uuid[]) AS g(id)
            WHERE t.group_id = g.id""")
        .param(SqlValues.uuids(groupIds)).update();
  }

  @Override
  public List<UUID> pending(int limit) {
    return jdbc.sql("SELECT group_id FROM group_tally WHERE version > reported_version ORDER BY group_id LIMIT ?")
        .param(limit).query(UUID.class).list();
  }

  @Override
  public void markReported(Map<UUID, Long> versions) {
    if (versions.isEmpty()) {
      return;
    }
    List<Map.Entry<UUID, Long>> entries = List.copyOf(versions.entrySet());
    jdbc.sql("""
            UPDATE group_tally t SET reported_version = greatest(t.reported_version, k.version)
            FROM unnest(?::uuid[], ?::bigint[]) AS k(group_id, version)
            WHERE t.group_id = k.group_id""")
        .params(SqlValues.uuids(entries.stream().map(Map.Entry::getKey).toList()),
            entries.stream().map(Map.Entry::getValue).toArray(Long[]::new))
        .update();
  }

  @Override
  public List<GroupCount> counts(Collection<UUID> groupIds) {
    return jdbc.sql("""
            SELECT t.group_id, t.active_members, t.version FROM group_tally t
            JOIN unnest(?::uuid[]) AS g(id) ON t.group_id = g.id""")
        .param(SqlValues.uuids(groupIds)).query(COUNT).list();
  }

  @Override
  public List<GroupCount> all() {
    return jdbc.sql("SELECT group_id, active_members, version FROM group_tally WHERE version > 0 ORDER BY group_id")
        .query(COUNT).list();
  }

  @Override
  public long[] totals() {
    return jdbc.sql("""
            SELECT (SELECT coalesce(sum(active_members), 0) FROM group_tally) AS memberships,
                   (SELECT count(DISTINCT person_id) FROM membership WHERE status = 'ACTIVE') AS members""")
        .query((rs, i) -> new long[] {rs.getLong("memberships"), rs.getLong("members")}).single();
  }
}
