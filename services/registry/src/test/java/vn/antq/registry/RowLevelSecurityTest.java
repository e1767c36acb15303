package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.test.AppRoleDatabase;

/**
 * The third lock, checked at the database alone: the application role, through a pool of one
 * connection, sees only the rows of the province its transaction set, and nothing otherwise.
 */
class RowLevelSecurityTest {

  private static AppRoleDatabase db;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = AppRoleDatabase.migrated("rls");
    jdbc = db.jdbc();
    tx = db.tx();
    insertModel("bac-lieu", "BL-1");
    insertModel("bac-lieu", "BL-2");
    insertModel("ca-mau", "CM-1");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void noProvinceSetMeansNoRows() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM model", Integer.class)).isZero();
    assertThat(countIn(null)).isZero();
  }

  @Test
  void eachProvinceSeesOnlyItsOwnRows() {
    assertThat(countIn("bac-lieu")).isEqualTo(2);
    assertThat(countIn("ca-mau")).isEqualTo(1);
    assertThat(countIn("an-giang")).isZero();
  }

  @Test
  void thePooledConnectionCarriesNoProvinceIntoTheNextTransaction() {
    assertThat(countIn("bac-lieu")).isEqualTo(2);
    // Same single pooled connection, next transaction, nothing set.
    String carried = tx.execute(s -> jdbc.queryForObject("SELECT current_setting('app.province', true)", String.class));
    assertThat(carried).isNullOrEmpty();
    assertThat(countIn(null)).isZero();
    Integer visible = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM model", Integer.class));
    assertThat(visible).isZero();
  }

  @Test
  void writingARowForAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
      db.setProvince("bac-lieu");
      jdbc.update("INSERT INTO model (province, id, code, display_name, name_folded, sector, status) "
          + "VALUES ('ca-mau', ?, 'X-1', 'x', 'x', 'OTHER', 'DRAFT')", UUID.randomUUID());
    }));
    assertThat(countIn("ca-mau")).isEqualTo(1);
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypass() {
    assertThat(db.appRoleIsSuperuserOrBypassesRls()).isFalse();
    assertThat(db.tablesOwnedByAppRole()).isEmpty();
    assertThat(db.tablesWithoutRowLevelSecurity()).as("tenant tables without RLS").isEmpty();
    assertThrows(DataAccessException.class, () -> jdbc.execute("ALTER TABLE model DISABLE ROW LEVEL SECURITY"));
  }

  @Test
  void theNationalRoleReadsEveryProvinceButWritesNothing() {
    Integer all = tx.execute(s -> {
      jdbc.execute("SET TRANSACTION READ ONLY");
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM model", Integer.class);
    });
    assertThat(all).isEqualTo(3);
    assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      jdbc.update("UPDATE model SET display_name = 'x'");
    }));
    assertThat(countIn(null)).as("the role switch ends with the transaction").isZero();
  }

  @Test
  void tenantQueriesUseTheProvinceIndex() {
    String plan = tx.execute(s -> {
      db.setProvince("bac-lieu");
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return String.join("\n", jdbc.queryForList("EXPLAIN SELECT * FROM model ORDER BY code LIMIT 50", String.class));
    });
    assertThat(plan).as("a single RLS policy keeps the (province, code) index usable").contains("Index");
  }

  @Test
  void theNationalCatalogueIsReadInEveryTransactionButWrittenOnlyInOneBoundToNoProvince() {
    UUID origin = in("bac-lieu", () -> jdbc.queryForObject("SELECT id FROM model WHERE code = 'BL-1'", UUID.class));
    UUID template = UUID.randomUUID();
    assertThrows(DataAccessException.class, () -> in("bac-lieu", () -> insertTemplate(template, origin)),
        "a province's transaction cannot add to the catalogue");
    in(null, () -> insertTemplate(template, origin));

    for (String province : new String[] {"bac-lieu", "ca-mau", "an-giang"}) {
      assertThat(in(province, () -> jdbc.queryForObject("SELECT count(*) FROM national_template_version"
          + " WHERE template_id = ?", Integer.class, template))).isEqualTo(1);
    }
    Integer nationally = tx.execute(s -> {
      jdbc.execute("SET TRANSACTION READ ONLY");
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM national_template WHERE id = ?", Integer.class, template);
    });
    assertThat(nationally).isEqualTo(1);
    assertThat(in("ca-mau", () -> jdbc.update("UPDATE national_template SET status = 'RETIRED' WHERE id = ?", template)))
        .as("a province's transaction sees no template it may change").isZero();
    assertThrows(DataAccessException.class, () -> in(null, () -> jdbc.update(
        "UPDATE national_template_version SET changelog = 'rewritten' WHERE template_id = ?", template)),
        "a version, once written, never changes");
    assertThat(in(null, () -> jdbc.update("UPDATE national_template SET current_version = 1 WHERE id = ?", template)))
        .isEqualTo(1);
  }

  private static int insertTemplate(UUID template, UUID origin) {
    jdbc.update("""
        INSERT INTO national_template (id, code, current_version, status, origin_province, origin_model_id,
                                       nomination_id, decision_number, decision_date, recognised_by)
        VALUES (?, ?, 1, 'ACTIVE', 'bac-lieu', ?, ?, '1/QĐ-BCA', DATE '2023-06-15', 'test')""",
        template, "T-" + template, origin, UUID.randomUUID());
    return jdbc.update("""
        INSERT INTO national_template_version (template_id, version, display_name, name_folded, sector, changelog,
                                               author)
        VALUES (?, 1, 'Mô hình', 'mo hinh', 'OTHER', 'Công nhận', 'test')""", template);
  }

  /** {@code work} in a transaction bound to {@code province}, or to none when null. */
  private static <T> T in(String province, java.util.function.Supplier<T> work) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return work.get();
    });
  }

  private static int countIn(String province) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM model", Integer.class);
    });
  }

  private static void insertModel(String province, String code) {
    tx.executeWithoutResult(status -> {
      db.setProvince(province);
      jdbc.update("INSERT INTO model (province, id, code, display_name, name_folded, sector, status) "
          + "VALUES (?, ?, ?, 'Mô hình', 'mo hinh', 'OTHER', 'ACTIVE')", province, UUID.randomUUID(), code);
    });
  }
}
