package vn.antq.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The province (tenant) directory: one {@code <slug>.yml} file per province. Files are
 * read on every call so that adding or changing a province needs no restart. An
 * invalid file is skipped with an ERROR log line and never hides the other provinces.
 */
public final class TenantDirectory {

	private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

	private static final String SUFFIX = ".yml";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

	private static final Pattern CODE = Pattern.compile("[0-9]+");

	private static final Set<String> STATUSES = Set.of("active", "suspended", "merged", "offboarded");

	private static final Set<String> TIERS = Set.of("small", "standard", "large");

	private static final String DEFAULT_TIER = "standard";

	public record Tenant(String slug, String code, String name, String status, String mergedInto, String tier,
			List<Map<String, Object>> clients, List<Map<String, Object>> users) {
	}

	private static final Set<String> CLIENT_KEYS = Set.of("client-id", "secret", "roles");

	private static final Set<String> USER_KEYS = Set.of("username", "password", "display-name", "roles");

	private final Path directory;

	public TenantDirectory(Path directory) {
		this.directory = directory;
	}

	/** Valid tenants, ordered by slug. */
	public List<Tenant> load() {
		if (!Files.isDirectory(directory)) {
			log.warn("Tenant directory {} does not exist; no tenants are served", directory);
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> entries = Files.list(directory)) {
			files = entries.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list tenant directory " + directory, ex);
		}
		List<Tenant> tenants = new ArrayList<>();
		for (Path file : files) {
			try {
				tenants.add(read(file));
			}
			catch (InvalidTenantFileException ex) {
				log.error("Skipping invalid tenant file {}: {}", file, ex.getMessage());
			}
		}
		return tenants;
	}

	static Tenant read(Path file) {
		Map<?, ?> yaml = parse(file);
		String fileName = file.getFileName().toString();

		String slug = text(yaml, "slug");
		if (!SLUG.matcher(slug).matches()) {
			throw new InvalidTenantFileException("slug '" + slug + "' must match " + SLUG);
		}
		if (!fileName.equals(slug + SUFFIX)) {
			throw new InvalidTenantFileException("slug '" + slug + "' does not match file name '" + fileName + "'");
		}

		String code = text(yaml, "code");
		if (code.isEmpty()) {
			throw new InvalidTenantFileException("code is missing");
		}
		if (!CODE.matcher(code).matches()) {
			throw new InvalidTenantFileException("code '" + code + "' must be numeric");
		}

		// Names are compared and displayed as NFC everywhere; normalise decomposed input.
		String name = Normalizer.normalize(text(yaml, "name"), Normalizer.Form.NFC);
		if (name.isEmpty()) {
			throw new InvalidTenantFileException("name is missing");
		}

		String status = text(yaml, "status");
		if (!STATUSES.contains(status)) {
			throw new InvalidTenantFileException("status '" + status + "' must be one of " + STATUSES);
		}

		String mergedInto = text(yaml, "merged-into");
		if (!mergedInto.isEmpty() && !SLUG.matcher(mergedInto).matches()) {
			throw new InvalidTenantFileException("merged-into '" + mergedInto + "' is not a slug");
		}
		if (status.equals("merged") && mergedInto.isEmpty()) {
			throw new InvalidTenantFileException("status 'merged' requires merged-into");
		}

		String tier = text(yaml, "tier");
		if (tier.isEmpty()) {
			tier = DEFAULT_TIER;
		}
		if (!TIERS.contains(tier)) {
			throw new InvalidTenantFileException("tier '" + tier + "' must be one of " + TIERS);
		}

		Map<?, ?> identity = yaml.get("identity") instanceof Map<?, ?> map ? map : Map.of();
		return new Tenant(slug, code, name, status, mergedInto, tier,
				entries(identity, "clients", CLIENT_KEYS, "secret"), entries(identity, "users", USER_KEYS, "password"));
	}

	/**
	 * The province's own identities (machine clients, first admin), served to identity. Only their
	 * shape is checked here; identity applies its full rules. Secrets must already be hashed.
	 */
	private static List<Map<String, Object>> entries(Map<?, ?> identity, String key, Set<String> allowed,
			String hashedKey) {
		Object value = identity.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new InvalidTenantFileException("identity." + key + " must be a list");
		}
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> entry) || !allowed.containsAll(entry.keySet())) {
				throw new InvalidTenantFileException("identity." + key + " entries take only " + allowed);
			}
			Object hashed = entry.get(hashedKey);
			if (!(hashed instanceof String text) || !text.startsWith("{")) {
				throw new InvalidTenantFileException(
						"identity." + key + "." + hashedKey + " must be a hash such as {bcrypt}...");
			}
			Map<String, Object> copy = new java.util.LinkedHashMap<>();
			entry.forEach((k, v) -> copy.put(String.valueOf(k), v));
			entries.add(copy);
		}
		return entries;
	}

	private static Map<?, ?> parse(Path file) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Object document;
		try (Reader reader = Files.newBufferedReader(file)) {
			document = new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (IOException | YAMLException ex) {
			// One log line per skipped file: parser messages span several lines.
			throw new InvalidTenantFileException("unreadable YAML: " + ex.getMessage().replaceAll("\\s+", " "));
		}
		if (!(document instanceof Map<?, ?> map)) {
			throw new InvalidTenantFileException("expected a YAML mapping");
		}
		return map;
	}

	/** Absent and empty values read as ""; non-strings are rejected so codes like 01 are quoted. */
	private static String text(Map<?, ?> yaml, String key) {
		Object value = yaml.get(key);
		if (value == null) {
			return "";
		}
		if (!(value instanceof String string)) {
			throw new InvalidTenantFileException(key + " must be a quoted string, got " + value);
		}
		return string.strip();
	}

	static final class InvalidTenantFileException extends RuntimeException {

		InvalidTenantFileException(String message) {
			super(message);
		}

	}

}
