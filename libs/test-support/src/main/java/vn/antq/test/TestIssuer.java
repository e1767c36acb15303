package vn.antq.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A token issuer for tests that publishes a real JWKS over HTTP on loopback, so the code under test
 * verifies signatures exactly as it does against the identity service. Also mints the bad tokens
 * isolation tests need: expired, unsigned, and signed by a key nobody published.
 */
public final class TestIssuer implements AutoCloseable {

  public static final String ISSUER = "http://antq-test-issuer";

  private final RSAKey publishedKey = newKey("published");
  private final RSAKey strangerKey = newKey("stranger");
  private final HttpServer server;

  public TestIssuer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] jwks = new JWKSet(publishedKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/oauth2/jwks", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, jwks.length);
      exchange.getResponseBody().write(jwks);
      exchange.close();
    });
    server.start();
  }

  public String jwkSetUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
  }

  /** A valid token bound to a province. */
  public String provinceToken(String province, String... roles) {
    return sign(publishedKey, claims(province, roles, Duration.ofMinutes(10)));
  }

  /** A valid token of the Ministry or operations: no province claim. */
  public String nationalToken(String... roles) {
    return sign(publishedKey, claims(null, roles, Duration.ofMinutes(10)));
  }

  public String expiredProvinceToken(String province, String... roles) {
    return sign(publishedKey, claims(province, roles, Duration.ofMinutes(-5)));
  }

  /** "alg": "none" — must never be accepted. */
  public String unsignedProvinceToken(String province, String... roles) {
    return new PlainJWT(claims(province, roles, Duration.ofMinutes(10))).serialize();
  }

  /** Signed with a key the JWKS does not publish, using the published key's id to look legitimate. */
  public String forgedProvinceToken(String province, String... roles) {
    return sign(strangerKey, claims(province, roles, Duration.ofMinutes(10)));
  }

  private JWTClaimsSet claims(String province, String[] roles, Duration validFor) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(province == null ? "ministry-user" : province + "-user")
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
        .expirationTime(Date.from(now.plus(validFor)))
        .claim("roles", List.copyOf(Arrays.asList(roles)));
    if (province != null) {
      claims.claim("province", province);
    }
    return claims.build();
  }

  private String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(publishedKey.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey newKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id + "-" + UUID.randomUUID()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
