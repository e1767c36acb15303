package vn.antq.gateway.limits;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.gateway.problem.Problem;
import vn.antq.gateway.problem.ProblemWriter;
import vn.antq.gateway.security.Callers;

/**
 * The {@code ProvinceLimits} route filter: applies {@link ProvinceLimits} to the caller of the
 * verified token before anything else of the request is done. Refusals are problems: 429 with
 * {@code Retry-After} (seconds) when a limit is reached, 403 for a province that is not active.
 */
public class ProvinceLimitsGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

  private final ProvinceLimits limits;
  private final Callers callers;
  private final ProblemWriter problems;

  public ProvinceLimitsGatewayFilterFactory(ProvinceLimits limits, Callers callers, ProblemWriter problems) {
    super(Object.class);
    this.limits = limits;
    this.callers = callers;
    this.problems = problems;
  }

  @Override
  public GatewayFilter apply(Object config) {
    // Requests without a verified token never get here: security answers them with 401.
    return (exchange, chain) -> exchange.getPrincipal()
        .ofType(JwtAuthenticationToken.class)
        .flatMap(token -> limits.check(callers.from(token.getToken())))
        .defaultIfEmpty(LimitDecision.ALLOWED)
        .flatMap(decision -> {
          if (decision instanceof LimitDecision.Limited limited) {
            return tooMany(exchange, limited);
          }
          if (decision instanceof LimitDecision.Suspended suspended) {
            return problems.write(exchange, Problem.of(HttpStatus.FORBIDDEN, "province-suspended", suspended.detail()));
          }
          return chain.filter(exchange);
        });
  }

  private Mono<Void> tooMany(ServerWebExchange exchange, LimitDecision.Limited limited) {
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    return problems.write(exchange,
        Problem.of(HttpStatus.TOO_MANY_REQUESTS, limited.reason().slug(), limited.reason().detail()));
  }
}
