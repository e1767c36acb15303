package vn.antq.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.gateway.problem.Problem;
import vn.antq.gateway.problem.ProblemWriter;

/** 401 as a problem. Missing, expired, unsigned and forged tokens get the same answer: no oracle for attackers. */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final ProblemWriter problems;

  ProblemAuthenticationEntryPoint(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    return problems.write(exchange,
        Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid bearer token is required."));
  }
}
