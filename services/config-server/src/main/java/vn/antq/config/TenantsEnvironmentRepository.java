package vn.antq.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.config.environment.Environment;
import org.springframework.cloud.config.environment.PropertySource;
import org.springframework.cloud.config.server.environment.EnvironmentRepository;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Serves the province directory to every application as the {@code tenants} property
 * source, flattened under {@code antq.tenants.<slug>.*} so clients can bind
 * {@code Map<String, Tenant>}.
 * <p>
 * Ordered last so that application files take precedence; the native repository's default
 * order is also the lowest, so application.yml raises it with
 * {@code spring.cloud.config.server.native.order}.
 */
public class TenantsEnvironmentRepository implements EnvironmentRepository, Ordered {

	static final String PROPERTY_SOURCE_NAME = "tenants";

	private static final String PREFIX = "antq.tenants.";

	private final TenantDirectory directory;

	public TenantsEnvironmentRepository(TenantDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Environment findOne(String application, String profile, String label) {
		Environment environment = new Environment(application,
				StringUtils.commaDelimitedListToStringArray(profile), label, null, null);
		environment.add(new PropertySource(PROPERTY_SOURCE_NAME, properties()));
		return environment;
	}

	private Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (TenantDirectory.Tenant tenant : directory.load()) {
			String prefix = PREFIX + tenant.slug() + ".";
			properties.put(prefix + "code", tenant.code());
			properties.put(prefix + "name", tenant.name());
			properties.put(prefix + "status", tenant.status());
			properties.put(prefix + "tier", tenant.tier());
			properties.put(prefix + "merged-into", tenant.mergedInto());
			flatten(prefix + "identity.clients", tenant.clients(), properties);
			flatten(prefix + "identity.users", tenant.users(), properties);
		}
		return properties;
	}

	private static void flatten(String prefix, List<Map<String, Object>> entries, Map<String, String> properties) {
		for (int i = 0; i < entries.size(); i++) {
			String entry = prefix + "[" + i + "].";
			entries.get(i).forEach((key, value) -> {
				if (value instanceof List<?> values) {
					for (int j = 0; j < values.size(); j++) {
						properties.put(entry + key + "[" + j + "]", String.valueOf(values.get(j)));
					}
				}
				else {
					properties.put(entry + key, String.valueOf(value));
				}
			});
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
