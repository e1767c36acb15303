package vn.antq.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@DemoServerTest
class ActuatorSecurityTests {

    @LocalServerPort
    private int port;

    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/info", "/actuator/prometheus" })
    void publicEndpointsNeedNoAuthentication(String path) {
        assertThat(get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void otherActuatorPathsRequireLogin() {
        ResponseEntity<String> response = get("/actuator/env");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation()).hasPath("/login");
    }

    private ResponseEntity<String> get(String path) {
        return http.client().get().uri(path).retrieve().toEntity(String.class);
    }
}
