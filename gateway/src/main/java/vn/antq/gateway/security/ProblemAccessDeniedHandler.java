package vn.antq.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.gateway.problem.Problem;
import vn.antq.gateway.problem.ProblemWriter;

/** 403 from Spring Security as a problem. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

  private final ProblemWriter problems;

  ProblemAccessDeniedHandler(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return problems.write(exchange,
        Problem.of(HttpStatus.FORBIDDEN, "permission-denied", "The caller may not use this endpoint."));
  }
}
