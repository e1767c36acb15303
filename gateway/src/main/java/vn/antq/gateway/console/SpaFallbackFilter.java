package vn.antq.gateway.console;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console is a single-page app: a page load of one of its routes ({@code /models},
 * {@code /national/catalogue}, …) gets {@code index.html}, which then shows that route. Files
 * (a dot in the last segment) and the gateway's own paths are left alone.
 */
@Component
class SpaFallbackFilter implements WebFilter, Ordered {

  private static final List<String> SERVER_PATHS = List.of("/api/", "/oauth2/", "/login/", "/logout", "/actuator", "/assets/");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String path = request.getPath().pathWithinApplication().value();
    if (isClientRoute(request, path)) {
      return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
    }
    return chain.filter(exchange);
  }

  private static boolean isClientRoute(ServerHttpRequest request, String path) {
    if (!HttpMethod.GET.equals(request.getMethod()) || SERVER_PATHS.stream().anyMatch(path::startsWith)) {
      return false;
    }
    if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
      return false;
    }
    List<MediaType> accepted = request.getHeaders().getAccept();
    return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }

  @Override
  public int getOrder() {
    // After security (-100), before the handlers.
    return 0;
  }
}
