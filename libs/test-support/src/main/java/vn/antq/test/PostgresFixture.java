package vn.antq.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import vn.antq.persistence.DatabaseProvisioner;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;

/**
 * The one real PostgreSQL every test in a JVM shares: a Testcontainers container when a Docker
 * engine answers, otherwise an embedded server from Maven artifacts. Started on first use, stopped
 * when the JVM exits. Each test class gets its own database (and roles) through {@link #database}.
 */
public final class PostgresFixture {

  private static volatile PostgresFixture instance;

  private final DatabaseProvisioner provisioner;
  private final String description;

  private PostgresFixture(String adminJdbcUrl, String user, String password, String description) {
    this.provisioner = new DatabaseProvisioner(adminJdbcUrl, user, password);
    this.description = description;
  }

  public static PostgresFixture shared() {
    if (instance == null) {
      synchronized (PostgresFixture.class) {
        if (instance == null) {
          instance = start();
        }
      }
    }
    return instance;
  }

  /** A fresh database with an owner role and an application role (no table ownership, no BYPASSRLS). */
  public ServiceDatabase database(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    return provisioner.provision(name, "owner-" + name, "app-" + name);
  }

  /** Points Spring's datasource at the application role and Flyway at the owner. */
  public static void register(DynamicPropertyRegistry registry, ServiceDatabase db) {
    registry.add("spring.datasource.url", db::jdbcUrl);
    registry.add("spring.datasource.username", db::appUser);
    registry.add("spring.datasource.password", db::appPassword);
    registry.add("spring.flyway.url", db::jdbcUrl);
    registry.add("spring.flyway.user", db::ownerUser);
    registry.add("spring.flyway.password", db::ownerPassword);
    registry.add("spring.flyway.placeholders.app_role", db::appUser);
    registry.add("spring.flyway.placeholders.national_role", db::nationalRole);
  }

  public String description() {
    return description;
  }

  private static PostgresFixture start() {
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return new PostgresFixture(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
          "Testcontainers " + container.getDockerImageName());
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the temporary data directory is removed by the library
        }
      }));
      String url = postgres.getJdbcUrl("postgres", "postgres");
      return new PostgresFixture(url.substring(0, url.indexOf('?')), "postgres", "postgres",
          "embedded PostgreSQL on port " + postgres.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
