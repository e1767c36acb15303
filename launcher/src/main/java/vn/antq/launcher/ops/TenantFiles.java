package vn.antq.launcher.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Writes and updates the province files of {@code config-repo/tenants/}. */
public final class TenantFiles {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,3}");
  private static final Pattern USER = Pattern.compile("[a-z0-9._-]{3,60}");
  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^status:.*$");

  private final Path directory;
  private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final SecureRandom random = new SecureRandom();

  public TenantFiles(Path configRepo) {
    this.directory = configRepo.resolve("tenants");
  }

  /** What onboarding created, with the only copy of the plain secrets. */
  public record Credentials(String slug, String clientId, String clientSecret, String adminUser, String adminPassword) {}

  public Path file(String slug) {
    return directory.resolve(slug + ".yml");
  }

  public Credentials onboard(String slug, String code, String name, String tier, String admin) {
    check(SLUG.matcher(slug).matches(), "slug must be 2-40 of a-z, 0-9 and '-', e.g. lam-dong");
    check(CODE.matcher(code).matches(), "code must be the official numeric province code, e.g. 68");
    check(!name.isBlank(), "name is required");
    check(USER.matcher(admin).matches(), "admin must be 3-60 of a-z, 0-9, '.', '_' and '-'");
    Path file = file(slug);
    check(!Files.exists(file), file + " already exists");
    Credentials credentials = new Credentials(slug, slug + "-sync", secret(), admin, secret());
    String yaml = """
        # Province %s, onboarded with ops.sh. Hashes only: the plain secrets were shown once.
        slug: %s
        code: "%s"
        name: "%s"
        status: active
        tier: %s
        identity:
          clients:
            - client-id: %s
              secret: "%s"
              roles: [PROVINCE_OFFICER]
          users:
            - username: %s
              password: "%s"
              display-name: "Quản trị viên %s"
              roles: [PROVINCE_ADMIN]
        """.formatted(slug, slug, code, Normalizer.normalize(name, Normalizer.Form.NFC).replace("\"", ""), tier,
        credentials.clientId(), encoder.encode(credentials.clientSecret()), admin,
        encoder.encode(credentials.adminPassword()), Normalizer.normalize(name, Normalizer.Form.NFC).replace("\"", ""));
    write(file, yaml);
    return credentials;
  }

  public void setStatus(String slug, String status) {
    Path file = file(slug);
    check(Files.exists(file), "no province " + slug + " in " + directory);
    try {
      write(file, STATUS_LINE.matcher(Files.readString(file)).replaceFirst("status: " + status));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String secret() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), ".tenant", ".tmp");
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      // Atomic, so the config server never serves half a file.
      Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
