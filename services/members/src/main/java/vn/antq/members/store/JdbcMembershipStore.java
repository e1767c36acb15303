package vn.antq.members.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.members.domain.ChangeStamp;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.Membership;
import vn.antq.members.domain.MembershipChange;
import vn.antq.members.domain.MembershipStatus;
import vn.antq.members.domain.MembershipStore;

/** SQL for memberships and their history. No query filters by province: row-level security does. */
@Repository
public class JdbcMembershipStore implements MembershipStore {

  private static final String INSERT = """
      INSERT INTO membership (province, id, person_id, model_id, point_id, group_id, role, status, joined_date,
                              left_date, request_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  /** The history row of a state; its sequence follows the membership's last one. */
  private static final String APPEND_CHANGE = """
      INSERT INTO membership_change (province, membership_id, sequence, actor, source, role, status, joined_date,
                                     left_date)
      SELECT ?, ?, coalesce(max(sequence), 0) + 1, ?, ?, ?, ?, ?, ?
      FROM membership_change WHERE membership_id = ?""";
  /** A new membership's first state: a plain insert, which the driver can batch into multi-row statements. */
  private static final String FIRST_CHANGE = """
      INSERT INTO membership_change (province, membership_id, sequence, actor, source, role, status, joined_date,
                                     left_date)
      VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)""";
  private static final int BATCH = 1000;

  private static final RowMapper<Membership> MEMBERSHIP = (rs, i) -> new Membership(
      rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
      new GroupPath(rs.getObject("model_id", UUID.class), rs.getObject("point_id", UUID.class),
          rs.getObject("group_id", UUID.class)),
      MemberRole.valueOf(rs.getString("role")), MembershipStatus.valueOf(rs.getString("status")),
      rs.getObject("joined_date", LocalDate.class), rs.getObject("left_date", LocalDate.class),
      SqlValues.instant(rs, "create_time"), SqlValues.instant(rs, "update_time"));
  private static final RowMapper<MembershipChange> CHANGE = (rs, i) -> new MembershipChange(
      rs.getInt("sequence"), SqlValues.instant(rs, "change_time"), rs.getString("actor"), rs.getString("source"),
      MemberRole.valueOf(rs.getString("role")), MembershipStatus.valueOf(rs.getString("status")),
      rs.getObject("joined_date", LocalDate.class), rs.getObject("left_date", LocalDate.class));

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  public JdbcMembershipStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM membership WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public Optional<Membership> find(UUID personId, UUID membershipId) {
    return jdbc.sql("SELECT * FROM membership WHERE person_id = ? AND id = ?").params(personId, membershipId)
        .query(MEMBERSHIP).optional();
  }

  @Override
  public List<Membership> listByPerson(UUID personId) {
    return jdbc.sql("SELECT * FROM membership WHERE person_id = ? ORDER BY joined_date, id").param(personId)
        .query(MEMBERSHIP).list();
  }

  @Override
  public boolean isActiveIn(UUID personId, UUID groupId, UUID except) {
    return jdbc.sql("""
            SELECT count(*) FROM membership
            WHERE person_id = ? AND group_id = ? AND status = 'ACTIVE' AND (?::uuid IS NULL OR id <> ?::uuid)""")
        .params(personId, groupId, except, except).query(Integer.class).single() > 0;
  }

  @Override
  public Optional<UUID> activeLeader(UUID groupId) {
    return jdbc.sql("SELECT id FROM membership WHERE group_id = ? AND status = 'ACTIVE' AND role = 'LEADER'")
        .param(groupId).query(UUID.class).optional();
  }

  @Override
  public void insert(String province, Membership membership, String requestId, ChangeStamp stamp) {
    batches.update(INSERT, statement -> bindInsert(statement, province, membership, requestId));
    batches.update(FIRST_CHANGE, statement -> bindChange(statement, province, membership, stamp, false));
  }

  @Override
  public void insertAll(String province, List<Membership> memberships, ChangeStamp stamp) {
    batches.batchUpdate(INSERT, memberships, BATCH, (statement, m) -> bindInsert(statement, province, m, null));
    batches.batchUpdate(FIRST_CHANGE, memberships, BATCH, (statement, m) -> bindChange(statement, province, m, stamp,
        false));
  }

  @Override
  public void update(String province, Membership membership, ChangeStamp stamp) {
    jdbc.sql("""
            UPDATE membership SET role = ?, status = ?, joined_date = ?, left_date = ?, update_time = now()
            WHERE id = ?""")
        .params(membership.role().name(), membership.status().name(), membership.joinedDate(),
            membership.leftDate(), membership.id())
        .update();
    batches.update(APPEND_CHANGE, statement -> bindChange(statement, province, membership, stamp, true));
  }

  @Override
  public List<MembershipChange> changes(UUID membershipId) {
    return jdbc.sql("SELECT * FROM membership_change WHERE membership_id = ? ORDER BY sequence").param(membershipId)
        .query(CHANGE).list();
  }

  @Override
  public Map<UUID, Set<UUID>> activeGroups(Collection<UUID> personIds) {
    Map<UUID, Set<UUID>> groups = new HashMap<>();
    jdbc.sql("""
            SELECT m.person_id, m.group_id FROM membership m JOIN unnest(?::uuid[]) AS p(id) ON m.person_id = p.id
            WHERE m.status = 'ACTIVE'""")
        .param(SqlValues.uuids(personIds))
        .query((rs, i) -> groups.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new HashSet<>())
            .add(rs.getObject("group_id", UUID.class)))
        .list();
    return groups;
  }

  @Override
  public Map<UUID, UUID> activeLeaders(Collection<UUID> groupIds) {
    Map<UUID, UUID> leaders = new HashMap<>();
    jdbc.sql("""
            SELECT m.group_id, m.person_id FROM membership m JOIN unnest(?::uuid[]) AS g(id) ON m.group_id = g.id
            WHERE m.status = 'ACTIVE' AND m.role = 'LEADER'""")
        .param(SqlValues.uuids(groupIds))
        .query((rs, i) -> leaders.put(rs.getObject("group_id", UUID.class), rs.getObject("person_id", UUID.class)))
        .list();
    return leaders;
  }

  private static void bindInsert(PreparedStatement statement, String province, Membership m, String requestId)
      throws SQLException {
    int i = 0;
    statement.setString(++i, province);
    statement.setObject(++i, m.id());
    statement.setObject(++i, m.personId());
    statement.setObject(++i, m.group().modelId());
    statement.setObject(++i, m.group().pointId());
    statement.setObject(++i, m.group().groupId());
    statement.setString(++i, m.role().name());
    statement.setString(++i, m.status().name());
    statement.setObject(++i, m.joinedDate());
    statement.setObject(++i, m.leftDate());
    statement.setString(++i, requestId);
  }

  /** {@code appended}: the statement also takes the membership id to find the last sequence. */
  private static void bindChange(PreparedStatement statement, String province, Membership m, ChangeStamp stamp,
                                 boolean appended) throws SQLException {
    int i = 0;
    statement.setString(++i, province);
    statement.setObject(++i, m.id());
    statement.setString(++i, stamp.actor());
    statement.setString(++i, stamp.source());
    statement.setString(++i, m.role().name());
    statement.setString(++i, m.status().name());
    statement.setObject(++i, m.joinedDate());
    statement.setObject(++i, m.leftDate());
    if (appended) {
      statement.setObject(++i, m.id());
    }
  }
}
