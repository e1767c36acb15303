package vn.antq.config;

import java.io.FileNotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.config.server.EnableConfigServer;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ResourceUtils;

@SpringBootApplication
@EnableConfigServer
public class ConfigServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConfigServerApplication.class, args);
	}

	/**
	 * Registered next to the native repository; Spring Cloud Config composes every
	 * {@code EnvironmentRepository} bean into its primary composite repository.
	 */
	@Bean
	TenantsEnvironmentRepository tenantsEnvironmentRepository(@Value("${antq.config.repo}") String configRepo)
			throws FileNotFoundException {
		return new TenantsEnvironmentRepository(
				new TenantDirectory(ResourceUtils.getFile(configRepo).toPath().resolve("tenants")));
	}

}
