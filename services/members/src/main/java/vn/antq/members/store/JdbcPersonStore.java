package vn.antq.members.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.VietnameseText;
import vn.antq.members.domain.Gender;
import vn.antq.members.domain.Page;
import vn.antq.members.domain.Person;
import vn.antq.members.domain.PersonDraft;
import vn.antq.members.domain.PersonQuery;
import vn.antq.members.domain.PersonStore;
import vn.antq.members.protect.Sealed;

/** SQL for persons. No query filters by province: row-level security does, on every statement. */
@Repository
public class JdbcPersonStore implements PersonStore {

  private static final String COLUMNS = """
      p.province, p.id, p.full_name, p.name_folded, p.birth_date, p.gender, p.national_id_key, p.national_id_cipher,
      p.phone, p.commune, p.district, p.occupation, p.sensitive_key, p.sensitive_cipher, p.create_time, p.update_time""";
  private static final String INSERT = """
      INSERT INTO person (province, id, full_name, name_folded, birth_date, gender, national_id_hash, national_id_key,
                          national_id_cipher, phone, commune, commune_folded, district, occupation, sensitive_key,
                          sensitive_cipher, request_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  /** Every protected column is sealed again on update: with the active key, which rotates old rows forward. */
  private static final String UPDATE = """
      UPDATE person SET full_name = ?, name_folded = ?, national_id_key = ?, national_id_cipher = ?, phone = ?,
                        commune = ?, commune_folded = ?, district = ?, occupation = ?, sensitive_key = ?,
                        sensitive_cipher = ?, update_time = now()
      WHERE id = ?""";
  private static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final PersonSealer sealer;

  public JdbcPersonStore(JdbcClient jdbc, JdbcTemplate batches, PersonSealer sealer) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.sealer = sealer;
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM person WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public Optional<UUID> findIdByNationalId(String province, String nationalId) {
    return jdbc.sql("SELECT id FROM person WHERE national_id_hash = ?")
        .param(sealer.nationalIdHash(province, nationalId)).query(UUID.class).optional();
  }

  @Override
  public Optional<Person> find(UUID id, boolean withSensitive) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = ?").param(id).query(mapper(withSensitive))
        .optional();
  }

  @Override
  public Map<String, Person> findByNationalIds(String province, Collection<String> nationalIds) {
    Map<String, Person> found = new HashMap<>();
    List<byte[]> hashes = nationalIds.stream().map(id -> sealer.nationalIdHash(province, id)).toList();
    for (int from = 0; from < hashes.size(); from += BATCH) {
      byte[][] chunk = hashes.subList(from, Math.min(hashes.size(), from + BATCH)).toArray(byte[][]::new);
      jdbc.sql("SELECT " + COLUMNS + " FROM person p JOIN unnest(?::bytea[]) AS h(hash) ON p.national_id_hash = h.hash")
          .param(chunk).query(mapper(true)).list()
          .forEach(person -> found.put(person.nationalId(), person));
    }
    return found;
  }

  @Override
  public void insert(String province, UUID id, PersonDraft person, String requestId) {
    batches.update(INSERT, statement -> bindInsert(statement, province, id, person, requestId));
  }

  @Override
  public void insertAll(String province, Map<UUID, PersonDraft> persons) {
    List<Map.Entry<UUID, PersonDraft>> rows = new ArrayList<>(persons.entrySet());
    batches.batchUpdate(INSERT, rows, BATCH, (statement, row) -> bindInsert(statement, province, row.getKey(),
        row.getValue(), null));
  }

  @Override
  public void update(String province, UUID id, PersonDraft person) {
    batches.update(UPDATE, statement -> bindUpdate(statement, province, id, person));
  }

  @Override
  public void updateAll(String province, Map<UUID, PersonDraft> persons) {
    batches.batchUpdate(UPDATE, new ArrayList<>(persons.entrySet()), BATCH,
        (statement, row) -> bindUpdate(statement, province, row.getKey(), row.getValue()));
  }

  @Override
  public Page<Person> search(PersonQuery query, int pageSize, String cursor, boolean withSensitive) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (query.foldedText() != null && !query.foldedText().isBlank()) {
      where.append(" AND p.name_folded LIKE ? ESCAPE '\\'");
      params.add("%" + SqlValues.likeEscape(query.foldedText()) + "%");
    }
    if (query.foldedCommune() != null && !query.foldedCommune().isBlank()) {
      where.append(" AND p.commune_folded = ?");
      params.add(query.foldedCommune());
    }
    if (query.modelId() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM membership m WHERE m.province = p.province AND m.person_id = p.id"
          + " AND m.status = 'ACTIVE' AND m.model_id = ?)");
      params.add(query.modelId());
    }
    if (query.groupId() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM membership m WHERE m.province = p.province AND m.person_id = p.id"
          + " AND m.status = 'ACTIVE' AND m.group_id = ?)");
      params.add(query.groupId());
    }
    int total = jdbc.sql("SELECT count(*) FROM person p" + where).params(params).query(Integer.class).single();
    if (cursor != null) {
      String[] after = cursor.split("\u001f", 2);
      if (after.length != 2) {
        throw new vn.antq.core.DomainException.InvalidInput("page_token", "is not a token this service issued");
      }
      where.append(" AND (p.name_folded, p.id) > (?, ?::uuid)");
      params.add(after[0]);
      params.add(after[1]);
    }
    params.add(pageSize + 1);
    List<Person> rows = jdbc.sql("SELECT " + COLUMNS + " FROM person p" + where
            + " ORDER BY p.name_folded, p.id LIMIT ?")
        .params(params).query(mapper(withSensitive)).list();
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, total);
    }
    Person last = rows.get(pageSize - 1);
    return new Page<>(List.copyOf(rows.subList(0, pageSize)),
        VietnameseText.fold(last.fullName()) + "\u001f" + last.id(), total);
  }

  private void bindInsert(PreparedStatement statement, String province, UUID id, PersonDraft person,
                          String requestId) throws SQLException {
    Sealed nationalId = sealer.sealNationalId(province, id, person.nationalId());
    Sealed sensitive = sealer.sealSensitive(province, id, person.sensitive());
    int i = 0;
    statement.setString(++i, province);
    statement.setObject(++i, id);
    statement.setString(++i, person.fullName());
    statement.setString(++i, VietnameseText.fold(person.fullName()));
    statement.setObject(++i, person.birthDate());
    statement.setString(++i, person.gender().name());
    statement.setBytes(++i, sealer.nationalIdHash(province, person.nationalId()));
    statement.setString(++i, nationalId.keyId());
    statement.setBytes(++i, nationalId.bytes());
    statement.setString(++i, person.phone());
    statement.setString(++i, person.commune());
    statement.setString(++i, VietnameseText.fold(person.commune()));
    statement.setString(++i, person.district());
    statement.setString(++i, person.occupation());
    statement.setString(++i, sensitive.keyId());
    statement.setBytes(++i, sensitive.bytes());
    statement.setString(++i, requestId);
  }

  private void bindUpdate(PreparedStatement statement, String province, UUID id, PersonDraft person)
      throws SQLException {
    Sealed nationalId = sealer.sealNationalId(province, id, person.nationalId());
    Sealed sensitive = sealer.sealSensitive(province, id, person.sensitive());
    int i = 0;
    statement.setString(++i, person.fullName());
    statement.setString(++i, VietnameseText.fold(person.fullName()));
    statement.setString(++i, nationalId.keyId());
    statement.setBytes(++i, nationalId.bytes());
    statement.setString(++i, person.phone());
    statement.setString(++i, person.commune());
    statement.setString(++i, VietnameseText.fold(person.commune()));
    statement.setString(++i, person.district());
    statement.setString(++i, person.occupation());
    statement.setString(++i, sensitive.keyId());
    statement.setBytes(++i, sensitive.bytes());
    statement.setObject(++i, id);
  }

  private RowMapper<Person> mapper(boolean withSensitive) {
    return (rs, row) -> {
      String province = rs.getString("province");
      UUID id = rs.getObject("id", UUID.class);
      return new Person(id, rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
          Gender.valueOf(rs.getString("gender")),
          sealer.openNationalId(province, id, sealed(rs, "national_id_key", "national_id_cipher")),
          rs.getString("phone"), rs.getString("commune"), rs.getString("district"), rs.getString("occupation"),
          withSensitive ? sealer.openSensitive(province, id, sealed(rs, "sensitive_key", "sensitive_cipher")) : null,
          SqlValues.instant(rs, "create_time"), SqlValues.instant(rs, "update_time"));
    };
  }

  private static Sealed sealed(ResultSet rs, String key, String cipher) throws SQLException {
    return new Sealed(rs.getString(key), rs.getBytes(cipher));
  }
}
