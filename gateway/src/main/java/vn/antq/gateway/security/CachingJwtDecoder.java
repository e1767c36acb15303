package vn.antq.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the wrapped decoder accepted, so a client that sends the same token on every
 * request pays for its signature check once (measured: the largest single cost of a gateway
 * request, see bench/RESULTS.md). A token is remembered until it expires, and never longer than
 * {@code maxAge}, the bound on how long a key removed from the JWKS still counts; refused tokens are
 * never remembered, so every failure is decided afresh by the wrapped decoder.
 */
public final class CachingJwtDecoder implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder delegate;
  private final Cache<String, Jwt> accepted;

  public CachingJwtDecoder(ReactiveJwtDecoder delegate, long maxTokens, Duration maxAge, Clock clock, Ticker ticker) {
    this.delegate = delegate;
    this.accepted = Caffeine.newBuilder()
        .maximumSize(maxTokens)
        .ticker(ticker)
        .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt, maxAge, clock)))
        .build();
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = accepted.getIfPresent(token);
    if (known != null) {
      return Mono.just(known);
    }
    return delegate.decode(token).doOnNext(jwt -> accepted.put(token, jwt));
  }

  private static Duration lifetime(Jwt jwt, Duration maxAge, Clock clock) {
    Instant expiresAt = jwt.getExpiresAt();
    if (expiresAt == null) {
      return maxAge;
    }
    Duration left = Duration.between(clock.instant(), expiresAt);
    return left.isNegative() ? Duration.ZERO : (left.compareTo(maxAge) < 0 ? left : maxAge);
  }
}
