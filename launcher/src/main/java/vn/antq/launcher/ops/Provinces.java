package vn.antq.launcher.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Province onboarding and offboarding, without a redeploy: a province is one file in
 * {@code config-repo/tenants/} (its identity, its clients, its tier), which every service re-reads
 * from the config server within {@code antq.config.watch-interval}.
 *
 * <pre>
 * ./ops.sh onboard  --slug lam-dong --code 68 --name "Lâm Đồng" [--tier standard] [--admin quantri.lamdong]
 * ./ops.sh offboard --slug lam-dong --export exports/lam-dong --database-url jdbc:postgresql://host:5432/postgres
 *                   [--database-user postgres] [--database-password ...]
 * </pre>
 * Both take {@code --config-repo DIR} (default {@code config-repo}).
 */
public final class Provinces {

  private Provinces() {}

  public static void main(String[] args) {
    if (args.length == 0 || !List.of("onboard", "offboard").contains(args[0])) {
      System.err.println("usage: onboard --slug S --code C --name N [--tier T] [--admin USER] | "
          + "offboard --slug S --export DIR --database-url URL [--database-user U] [--database-password P]");
      System.exit(2);
    }
    Map<String, String> options = options(args);
    TenantFiles tenants = new TenantFiles(Path.of(options.getOrDefault("config-repo", "config-repo")));
    try {
      if (args[0].equals("onboard")) {
        TenantFiles.Credentials created = tenants.onboard(required(options, "slug"), required(options, "code"),
            required(options, "name"), options.getOrDefault("tier", "standard"),
            options.getOrDefault("admin", "quantri." + required(options, "slug").replace("-", "")));
        System.out.println("Province onboarded: " + tenants.file(created.slug()));
        System.out.println("Machine client " + created.clientId() + ", secret: " + created.clientSecret());
        System.out.println("First admin " + created.adminUser() + ", password: " + created.adminPassword());
        System.out.println("Shown once: only their hashes are stored. Every service picks the province up"
            + " at its next configuration refresh (antq.config.watch-interval).");
      } else {
        String slug = required(options, "slug");
        Map<String, Long> exported = new ProvinceExport(required(options, "database-url"),
            options.getOrDefault("database-user", "postgres"), options.getOrDefault("database-password", "postgres"))
            .export(slug, Path.of(required(options, "export")));
        exported.forEach((table, rows) -> System.out.println("exported " + rows + " rows of " + table));
        tenants.setStatus(slug, "offboarded");
        System.out.println("Province " + slug + " offboarded: its data is exported and its identities are disabled"
            + " at the next configuration refresh.");
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value at " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
