package vn.antq.welfare.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;
import vn.antq.persistence.Rows;
import vn.antq.welfare.domain.Beneficiary;
import vn.antq.welfare.domain.BeneficiaryDraft;
import vn.antq.welfare.domain.BeneficiaryStore;
import vn.antq.welfare.domain.BeneficiaryType;
import vn.antq.welfare.domain.Disclosure;

/** SQL for beneficiaries and their disclosure record. Row-level security confines every statement to the province. */
@Repository
public class JdbcBeneficiaryStore implements BeneficiaryStore {

  private static final RowMapper<Beneficiary> BENEFICIARY = (rs, i) -> {
    var birthDate = Rows.date(rs, "birth_date");
    return new Beneficiary(Rows.uuid(rs, "id"), rs.getString("province"),
        BeneficiaryType.valueOf(rs.getString("beneficiary_type")), rs.getString("full_name"),
        rs.getString("national_id"), rs.getString("phone"), rs.getString("address"), rs.getString("commune"),
        rs.getString("district"), birthDate, birthDate == null ? null : birthDate.getYear(), rs.getString("school"),
        rs.getString("circumstances"), false, Rows.instant(rs, "create_time"));
  };
  private static final RowMapper<Disclosure> DISCLOSURE = (rs, i) -> new Disclosure(Rows.uuid(rs, "id"),
      rs.getString("province"), Rows.uuid(rs, "beneficiary_id"), rs.getString("subject"),
      rs.getString("roles").isEmpty() ? List.of() : Arrays.asList(rs.getString("roles").split(",")),
      rs.getString("purpose"), Rows.instant(rs, "disclose_time"));

  private final JdbcClient jdbc;

  public JdbcBeneficiaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Beneficiary> find(UUID id) {
    return jdbc.sql("SELECT * FROM beneficiary WHERE id = ?").param(id).query(BENEFICIARY).optional();
  }

  @Override
  public Optional<BeneficiaryType> typeOf(UUID id) {
    return jdbc.sql("SELECT beneficiary_type FROM beneficiary WHERE id = ?").param(id)
        .query((rs, i) -> BeneficiaryType.valueOf(rs.getString(1))).optional();
  }

  @Override
  public boolean nationalIdTaken(String nationalId) {
    return jdbc.sql("SELECT count(*) FROM beneficiary WHERE national_id = ?").param(nationalId)
        .query(Integer.class).single() > 0;
  }

  @Override
  public Optional<EarlierRequest> findByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM beneficiary WHERE request_id = ?").param(requestId)
        .query((rs, i) -> new EarlierRequest(Rows.uuid(rs, "id"), rs.getString("request_hash"))).optional();
  }

  @Override
  public boolean insert(UUID id, String province, BeneficiaryDraft b, String requestId, String fingerprint) {
    return jdbc.sql("""
            INSERT INTO beneficiary (province, id, beneficiary_type, full_name, national_id, phone, address, commune,
                                     district, birth_date, school, circumstances, request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (province, request_id) WHERE request_id IS NOT NULL DO NOTHING""")
        .params(province, id, b.type().name(), b.fullName(), b.nationalId(), b.phone(), b.address(), b.commune(),
            b.district(), b.birthDate(), b.school(), b.circumstances(), requestId, fingerprint)
        .update() == 1;
  }

  @Override
  public Page<Beneficiary> list(BeneficiaryType type, int pageSize, UUID after) {
    String typeName = type == null ? null : type.name();
    int total = jdbc.sql("SELECT count(*) FROM beneficiary WHERE (?::text IS NULL OR beneficiary_type = ?)")
        .params(typeName, typeName).query(Integer.class).single();
    List<Beneficiary> rows = jdbc.sql("""
            SELECT * FROM beneficiary WHERE (?::text IS NULL OR beneficiary_type = ?) AND (?::uuid IS NULL OR id > ?)
            ORDER BY id LIMIT ?""")
        .params(typeName, typeName, after, after, pageSize + 1).query(BENEFICIARY).list();
    return Rows.page(rows, pageSize, total, Beneficiary::id);
  }

  @Override
  public void recordDisclosure(Disclosure d) {
    jdbc.sql("""
            INSERT INTO beneficiary_disclosure (province, id, beneficiary_id, subject, roles, purpose)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(d.province(), d.id(), d.beneficiaryId(), d.subject(), String.join(",", d.roles()), d.purpose())
        .update();
  }

  @Override
  public Page<Disclosure> listDisclosures(UUID beneficiaryId, int pageSize, UUID before) {
    int total = jdbc.sql("SELECT count(*) FROM beneficiary_disclosure WHERE (?::uuid IS NULL OR beneficiary_id = ?)")
        .params(beneficiaryId, beneficiaryId).query(Integer.class).single();
    List<Disclosure> rows = jdbc.sql("""
            SELECT * FROM beneficiary_disclosure
            WHERE (?::uuid IS NULL OR beneficiary_id = ?) AND (?::uuid IS NULL OR id < ?)
            ORDER BY id DESC LIMIT ?""")
        .params(beneficiaryId, beneficiaryId, before, before, pageSize + 1).query(DISCLOSURE).list();
    return Rows.page(rows, pageSize, total, Disclosure::id);
  }
}
