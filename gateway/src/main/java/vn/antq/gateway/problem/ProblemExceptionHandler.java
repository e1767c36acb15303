package vn.antq.gateway.problem;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error no one else answered (no route, unsupported method, a bug) becomes a problem too,
 * never a stack trace. Ordered before Boot's default handler.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  private final ProblemWriter problems;

  public ProblemExceptionHandler(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    HttpStatusCode code = error instanceof ResponseStatusException e ? e.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
    HttpStatus status = HttpStatus.resolve(code.value());
    if (status == null || status.is5xxServerError()) {
      log.error("Request failed: {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
      return problems.write(exchange,
          Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The gateway failed to handle the request."));
    }
    String slug = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return problems.write(exchange, Problem.of(status, slug, status.getReasonPhrase()));
  }
}
