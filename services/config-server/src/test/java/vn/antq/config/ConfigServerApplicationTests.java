package vn.antq.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.config.environment.Environment;
import org.springframework.cloud.config.environment.PropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConfigServerApplicationTests {

	private static final String BAC_LIEU = "B\u1ea1c Li\u00eau";

	@TempDir
	static Path repo;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void configRepo(DynamicPropertyRegistry registry) {
		registry.add("ANTQ_CONFIG_REPO", () -> repo.toUri().toString());
	}

	@BeforeAll
	static void writeRepo() throws IOException {
		Files.writeString(repo.resolve("application.yml"), "antq.shared: from-application\n");
		Files.writeString(repo.resolve("registry.yml"), "antq.registry.page-size: 50\n");
		Files.createDirectory(repo.resolve("tenants"));
		writeTenant("bac-lieu", "slug: bac-lieu\ncode: \"95\"\nname: \"" + BAC_LIEU + "\"\nstatus: active\ntier: standard\n");
		writeTenant("ca-mau", "slug: ca-mau\ncode: \"96\"\nname: \"C\u00e0 Mau\"\nstatus: active\ntier: standard\n");
	}

	@Test
	void servesApplicationFilesWithPrecedenceOverTenants() {
		List<PropertySource> sources = fetch("registry").getPropertySources();

		assertThat(sources).extracting(PropertySource::getName)
			.satisfiesExactly(name -> assertThat(name).endsWith("registry.yml"),
					name -> assertThat(name).endsWith("application.yml"),
					name -> assertThat(name).isEqualTo("tenants"));
		assertThat(properties(sources.get(0))).containsEntry("antq.registry.page-size", 50);
		assertThat(properties(sources.get(1))).containsEntry("antq.shared", "from-application");
		Map<Object, Object> tenants = properties(sources.get(2));
		assertThat(tenants).containsEntry("antq.tenants.bac-lieu.code", "95")
			.containsEntry("antq.tenants.bac-lieu.name", BAC_LIEU)
			.containsEntry("antq.tenants.bac-lieu.status", "active")
			.containsEntry("antq.tenants.bac-lieu.tier", "standard")
			.containsEntry("antq.tenants.bac-lieu.merged-into", "")
			.containsEntry("antq.tenants.ca-mau.name", "C\u00e0 Mau");
		assertThat(Normalizer.isNormalized((String) tenants.get("antq.tenants.bac-lieu.name"), Normalizer.Form.NFC))
			.isTrue();
	}

	@Test
	void servesTenantsToEveryApplication() {
		assertThat(tenants(fetch("some-other-service"))).containsEntry("antq.tenants.bac-lieu.code", "95");
	}

	@Test
	void newTenantFileIsServedWithoutRestart() throws IOException {
		assertThat(tenants(fetch("registry"))).doesNotContainKey("antq.tenants.an-giang.code");

		writeTenant("an-giang", "slug: an-giang\ncode: \"91\"\nname: \"An Giang\"\nstatus: active\ntier: small\n");

		assertThat(tenants(fetch("registry"))).containsEntry("antq.tenants.an-giang.code", "91")
			.containsEntry("antq.tenants.an-giang.tier", "small");
	}

	@Test
	void invalidTenantFileIsSkippedAndLogged(CapturedOutput output) throws IOException {
		writeTenant("kien-giang", "slug: rach-gia\ncode: \"91\"\nname: \"Ki\u00ean Giang\"\nstatus: active\n");

		Map<Object, Object> tenants = tenants(fetch("registry"));

		assertThat(tenants).containsEntry("antq.tenants.bac-lieu.name", BAC_LIEU)
			.doesNotContainKey("antq.tenants.kien-giang.code")
			.doesNotContainKey("antq.tenants.rach-gia.code");
		assertThat(output).containsPattern("ERROR .*Skipping invalid tenant file .*kien-giang\\.yml: slug 'rach-gia'");
	}

	@Test
	void healthProbesAndPrometheusAreExposed() {
		assertThat(status("/actuator/health")).isEqualTo("UP");
		assertThat(status("/actuator/health/liveness")).isEqualTo("UP");
		assertThat(status("/actuator/health/readiness")).isEqualTo("UP");
		assertThat(get("/actuator/prometheus", String.class)).contains("jvm_memory_used_bytes");
	}

	private Environment fetch(String application) {
		return get("/" + application + "/default", Environment.class);
	}

	private Object status(String path) {
		return get(path, Map.class).get("status");
	}

	private static Map<Object, Object> tenants(Environment environment) {
		return properties(environment.getPropertySources()
			.stream()
			.filter(source -> source.getName().equals("tenants"))
			.findFirst()
			.orElseThrow());
	}

	private static Map<Object, Object> properties(PropertySource source) {
		return new LinkedHashMap<>(source.getSource());
	}

	private <T> T get(String path, Class<T> type) {
		return RestClient.create("http://localhost:" + port).get().uri(path).retrieve().body(type);
	}

	private static void writeTenant(String slug, String content) throws IOException {
		Files.writeString(repo.resolve("tenants").resolve(slug + ".yml"), content);
	}

}
