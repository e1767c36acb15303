package vn.antq.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import vn.antq.test.TestIssuer;

/** Against a real decoder reading the test issuer's JWKS, counting what reaches it. */
class CachingJwtDecoderTest {

  private static final TestIssuer issuer = new TestIssuer();
  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final AtomicInteger verified = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();
  private final ReactiveJwtDecoder real = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
  private final ReactiveJwtDecoder counting = token -> {
    verified.incrementAndGet();
    return real.decode(token);
  };

  @AfterAll
  static void stop() {
    issuer.close();
  }

  private CachingJwtDecoder decoder(Clock clock) {
    return new CachingJwtDecoder(counting, 100, MAX_AGE, clock, nanos::get);
  }

  @Test
  void anAcceptedTokenIsVerifiedOnceWithinTheMaximumAge() {
    CachingJwtDecoder decoder = decoder(Clock.systemUTC());
    String token = issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER");

    assertThat(decoder.decode(token).block().getClaimAsString("province")).isEqualTo("bac-lieu");
    nanos.addAndGet(MAX_AGE.minusSeconds(1).toNanos());
    assertThat(decoder.decode(token).block().getTokenValue()).isEqualTo(token);
    assertThat(verified).hasValue(1);

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    decoder.decode(token).block();
    assertThat(verified).hasValue(2);
  }

  @Test
  void aTokenIsNeverRememberedPastItsExpiry() {
    // Seen from 9 min 30 s on, a token valid for 10 minutes has 30 s left: less than the maximum age.
    CachingJwtDecoder decoder = decoder(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(570)));
    String token = issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER");

    decoder.decode(token).block();
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    decoder.decode(token).block();
    assertThat(verified).hasValue(1);

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    decoder.decode(token).block();
    assertThat(verified).hasValue(2);
  }

  @Test
  void refusedTokensAreCheckedAgainEveryTime() {
    CachingJwtDecoder decoder = decoder(Clock.systemUTC());
    String forged = issuer.forgedProvinceToken("bac-lieu", "PROVINCE_OFFICER");
    String expired = issuer.expiredProvinceToken("bac-lieu", "PROVINCE_OFFICER");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
      assertThatThrownBy(() -> decoder.decode(expired).block()).isInstanceOf(JwtException.class);
    }
    assertThat(verified).hasValue(4);
  }
}
