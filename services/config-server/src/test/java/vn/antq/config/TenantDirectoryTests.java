package vn.antq.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.antq.config.TenantDirectory.InvalidTenantFileException;
import vn.antq.config.TenantDirectory.Tenant;

class TenantDirectoryTests {

	private static final String BAC_LIEU = "B\u1ea1c Li\u00eau";

	@TempDir
	Path dir;

	@Test
	void readsAllFields() throws IOException {
		Path file = write("ca-mau.yml", """
				slug: ca-mau
				code: "96"
				name: "C\u00e0 Mau"
				status: active
				merged-into: ""
				tier: large
				""");

		assertThat(TenantDirectory.read(file))
			.isEqualTo(new Tenant("ca-mau", "96", "C\u00e0 Mau", "active", "", "large", List.of(), List.of()));
	}

	@Test
	void defaultsTierAndMergedInto() throws IOException {
		Path file = write("an-giang.yml", """
				slug: an-giang
				code: "91"
				name: "An Giang"
				status: active
				""");

		Tenant tenant = TenantDirectory.read(file);

		assertThat(tenant.tier()).isEqualTo("standard");
		assertThat(tenant.mergedInto()).isEmpty();
	}

	@Test
	void normalisesNameToNfc() throws IOException {
		String decomposed = Normalizer.normalize(BAC_LIEU, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(BAC_LIEU);
		Path file = write("bac-lieu.yml", """
				slug: bac-lieu
				code: "95"
				name: "%s"
				status: active
				""".formatted(decomposed));

		assertThat(TenantDirectory.read(file).name()).isEqualTo(BAC_LIEU);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			kien-giang.yml | 'slug: rach-gia\\ncode: "91"\\nname: X\\nstatus: active'      | does not match file name
			kien-giang.yml | 'code: "91"\\nname: X\\nstatus: active'                        | slug '' must match
			Kien_Giang.yml | 'slug: Kien_Giang\\ncode: "91"\\nname: X\\nstatus: active'    | slug 'Kien_Giang' must match
			ha-noi.yml     | 'slug: ha-noi\\nname: X\\nstatus: active'                      | code is missing
			ha-noi.yml     | 'slug: ha-noi\\ncode: 1\\nname: X\\nstatus: active'            | code must be a quoted string
			ha-noi.yml     | 'slug: ha-noi\\ncode: "HN"\\nname: X\\nstatus: active'         | code 'HN' must be numeric
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nstatus: active'                   | name is missing
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nname: X\\nstatus: closed'         | status 'closed' must be one of
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nname: X'                          | status '' must be one of
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nname: X\\nstatus: merged'         | status 'merged' requires merged-into
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nname: X\\nstatus: merged\\nmerged-into: Ha Tay' | merged-into 'Ha Tay' is not a slug
			ha-noi.yml     | 'slug: ha-noi\\ncode: "01"\\nname: X\\nstatus: active\\ntier: huge' | tier 'huge' must be one of
			ha-noi.yml     | 'slug: ha-noi\\nslug: ha-noi\\ncode: "01"\\nname: X\\nstatus: active' | unreadable YAML
			ha-noi.yml     | 'slug: [ha-noi'                                                 | unreadable YAML
			ha-noi.yml     | '- ha-noi'                                                      | expected a YAML mapping
			ha-noi.yml     | ''                                                              | expected a YAML mapping
			""")
	void rejectsInvalidFile(String fileName, String content, String reason) throws IOException {
		Path file = write(fileName, content.replace("\\n", "\n"));

		assertThatThrownBy(() -> TenantDirectory.read(file)).isInstanceOf(InvalidTenantFileException.class)
			.hasMessageContaining(reason);
	}

	@Test
	void loadSkipsInvalidFilesAndIgnoresOtherFiles() throws IOException {
		write("ca-mau.yml", "slug: ca-mau\ncode: \"96\"\nname: C\u00e0 Mau\nstatus: active\n");
		write("an-giang.yml", "slug: an-giang\ncode: \"91\"\nname: An Giang\nstatus: active\n");
		write("kien-giang.yml", "slug: rach-gia\ncode: \"91\"\nname: X\nstatus: active\n");
		write("README.md", "not a tenant");

		assertThat(new TenantDirectory(dir).load()).extracting(Tenant::slug).containsExactly("an-giang", "ca-mau");
	}

	@Test
	void provincesCarryTheirOwnHashedIdentities() throws IOException {
		Path file = write("lam-dong.yml", """
				slug: lam-dong
				code: "68"
				name: Lâm Đồng
				status: active
				identity:
				  clients:
				    - client-id: lam-dong-sync
				      secret: "{bcrypt}$2a$10$abc"
				      roles: [PROVINCE_OFFICER]
				  users:
				    - username: quantri.lamdong
				      password: "{bcrypt}$2a$10$def"
				      roles: [PROVINCE_ADMIN]
				""");

		Tenant tenant = TenantDirectory.read(file);

		assertThat(tenant.clients()).singleElement().satisfies(client -> {
			assertThat(client).containsEntry("client-id", "lam-dong-sync");
			assertThat(client.get("roles")).isEqualTo(List.of("PROVINCE_OFFICER"));
		});
		assertThat(tenant.users()).singleElement().satisfies(user -> assertThat(user).containsEntry("username", "quantri.lamdong"));
	}

	@Test
	void plainTextSecretsInTenantFilesAreRefused() throws IOException {
		Path file = write("lam-dong.yml", """
				slug: lam-dong
				code: "68"
				name: Lâm Đồng
				status: active
				identity:
				  clients:
				    - client-id: lam-dong-sync
				      secret: hunter2
				      roles: [PROVINCE_OFFICER]
				""");

		assertThatThrownBy(() -> TenantDirectory.read(file)).hasMessageContaining("must be a hash");
	}

	@Test
	void missingDirectoryHasNoTenants() {
		assertThat(new TenantDirectory(dir.resolve("absent")).load()).isEmpty();
	}

	@Test
	void projectTenantFilesAreValid() throws IOException {
		Path projectTenants = Path.of("../../config-repo/tenants");
		long files;
		try (Stream<Path> entries = Files.list(projectTenants)) {
			files = entries.filter(file -> file.toString().endsWith(".yml")).count();
		}

		List<Tenant> tenants = new TenantDirectory(projectTenants).load();

		assertThat(tenants).hasSize((int) files)
			.contains(new Tenant("bac-lieu", "95", BAC_LIEU, "active", "", "standard", List.of(), List.of()),
					new Tenant("ca-mau", "96", "C\u00e0 Mau", "active", "", "standard", List.of(), List.of()),
					new Tenant("an-giang", "91", "An Giang", "active", "", "small", List.of(), List.of()));
	}

	private Path write(String fileName, String content) throws IOException {
		return Files.writeString(dir.resolve(fileName), content);
	}

}
