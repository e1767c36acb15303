package vn.antq.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the console's browser login (authorization code + PKCE) the way a browser would. */
@DemoServerTest
class AuthorizationCodeFlowTests {

    private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/antq";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @Test
    void provinceOfficerLogsInThroughConsoleAndGetsProvinceToken() throws Exception {
        String verifier = randomVerifier();
        URI authorize = UriComponentsBuilder.fromUriString(http.baseUrl() + "/oauth2/authorize")
            .queryParam("response_type", "code")
            .queryParam("client_id", "antq-console")
            .queryParam("redirect_uri", REDIRECT_URI)
            .queryParam("scope", "openid profile")
            .queryParam("state", "console-state")
            .queryParam("code_challenge", challenge(verifier))
            .queryParam("code_challenge_method", "S256")
            .encode()
            .build()
            .toUri();

        URI login = redirectOf(browserGet(authorize));
        assertThat(login).hasPath("/login");
        URI resumedAuthorize = redirectOf(submitLogin(login, "canbo.baclieu", "antq-demo"));
        assertThat(resumedAuthorize).hasPath("/oauth2/authorize");
        URI callback = redirectOf(browserGet(resumedAuthorize));

        assertThat(callback.toString()).startsWith(REDIRECT_URI);
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUri(callback).build().getQueryParams();
        assertThat(params.getFirst("state")).isEqualTo("console-state");

        ResponseEntity<Map<String, Object>> token = exchangeCode(params.getFirst("code"), verifier);
        assertThat(token.getStatusCode()).isEqualTo(HttpStatus.OK);

        Jwt accessToken = http.verify((String) token.getBody().get("access_token"));
        assertThat(accessToken.getSubject()).isEqualTo("canbo.baclieu");
        assertThat(accessToken.getClaimAsString("province")).isEqualTo("bac-lieu");
        assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("PROVINCE_OFFICER");

        Jwt idToken = http.verify((String) token.getBody().get("id_token"));
        assertThat(idToken.getClaimAsString("name")).isEqualTo("Nguyễn Văn An");
        assertThat(idToken.getClaimAsString("province")).isEqualTo("bac-lieu");
    }

    @Test
    void unknownCodeIsRejected() throws Exception {
        ResponseEntity<Map<String, Object>> token = exchangeCode("not-a-code", randomVerifier());

        assertThat(token.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(token.getBody()).containsEntry("error", "invalid_grant");
    }

    private ResponseEntity<String> browserGet(URI uri) {
        return http.client().get().uri(uri).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> submitLogin(URI loginPage, String username, String password) {
        String html = browserGet(loginPage).getBody();
        Matcher csrf = CSRF.matcher(html);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", csrf.group(1));
        return http.client()
            .post()
            .uri(loginPage)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .toEntity(String.class);
    }

    private ResponseEntity<Map<String, Object>> exchangeCode(String code, String verifier) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", REDIRECT_URI);
        form.add("client_id", "antq-console");
        form.add("code_verifier", verifier);
        return http.client()
            .post()
            .uri("/oauth2/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .toEntity(TestHttp.JSON);
    }

    private static URI redirectOf(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return response.getHeaders().getLocation();
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
