package vn.antq.gateway.transcode;

import com.google.protobuf.DynamicMessage;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.core.Caller;
import vn.antq.gateway.grpc.GrpcInvoker;
import vn.antq.gateway.problem.GrpcProblemMapper;
import vn.antq.gateway.problem.Problem;
import vn.antq.gateway.problem.ProblemWriter;
import vn.antq.gateway.security.AccessPolicy;
import vn.antq.gateway.security.Callers;

/**
 * Answers one REST request with one unary gRPC call: route lookup, access check, request binding,
 * call, JSON response. Every failure becomes a problem response.
 */
public class GrpcTranscoder {

  /** Inbound headers forwarded as gRPC metadata; nothing else crosses, least of all tenant hints. */
  private static final List<String> FORWARDED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, "traceparent", "tracestate");
  /** Their gRPC keys, made once: a key checks and lower-cases its name. */
  private static final List<Metadata.Key<String>> FORWARDED_KEYS = FORWARDED_HEADERS.stream()
      .map(name -> Metadata.Key.of(name.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER)).toList();

  private final HttpRuleIndex routes;
  private final Callers callers;
  private final RequestBinder binder;
  private final GrpcInvoker invoker;
  private final JsonFormat.Printer printer;
  private final ProblemWriter problems;
  private final GrpcProblemMapper problemMapper;
  private final ToIntFunction<String> maxBodyBytes;

  /** {@code maxBodyBytes}: the body limit of a method, by its full name. */
  public GrpcTranscoder(HttpRuleIndex routes, Callers callers, RequestBinder binder, GrpcInvoker invoker,
      JsonFormat.Printer printer, ProblemWriter problems, GrpcProblemMapper problemMapper,
      ToIntFunction<String> maxBodyBytes) {
    this.routes = routes;
    this.callers = callers;
    this.binder = binder;
    this.invoker = invoker;
    this.printer = printer;
    this.problems = problems;
    this.problemMapper = problemMapper;
    this.maxBodyBytes = maxBodyBytes;
  }

  public Mono<Void> handle(ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    HttpRuleIndex.Lookup lookup = routes.lookup(request.getMethod().name(), request.getPath().pathWithinApplication().value());
    if (lookup instanceof HttpRuleIndex.Found found) {
      return exchange.getPrincipal()
          .ofType(JwtAuthenticationToken.class)
          .map(token -> callers.from(token.getToken()))
          .switchIfEmpty(Mono.error(() -> new IllegalStateException("no verified token on an API request")))
          .flatMap(caller -> authorized(exchange, found, caller))
          .onErrorResume(error -> {
            if (error instanceof DataBufferLimitException) {
              // The rest of the body was never read: the connection cannot carry another request.
              exchange.getResponse().getHeaders().setConnection("close");
            }
            return problems.write(exchange, problemMapper.toProblem(error));
          });
    }
    if (lookup instanceof HttpRuleIndex.MethodNotAllowed notAllowed) {
      exchange.getResponse().getHeaders().setAllow(notAllowed.allowed().stream().map(HttpMethod::valueOf)
          .collect(Collectors.toSet()));
      return problems.write(exchange, Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
          "This resource does not support " + request.getMethod().name() + "."));
    }
    return problems.write(exchange, Problem.of(HttpStatus.NOT_FOUND, "not-found", "No API operation has this path."));
  }

  private Mono<Void> authorized(ServerWebExchange exchange, HttpRuleIndex.Found found, Caller caller) {
    HttpBinding binding = found.binding();
    Optional<String> denial = AccessPolicy.denial(binding.access(), binding.verb(), found.variables(), caller);
    if (denial.isPresent()) {
      return problems.write(exchange, Problem.of(HttpStatus.FORBIDDEN, "permission-denied", denial.get()));
    }
    ServerHttpRequest request = exchange.getRequest();
    return body(request, maxBodyBytes.applyAsInt(binding.method().getFullName()))
        .map(body -> binder.bind(binding, found.variables(), request.getQueryParams(), body))
        .flatMap(message -> invoker.call(binding.method(), message, metadata(request.getHeaders()),
            ConnectionExecutor.of(exchange)))
        .flatMap(response -> HttpBodies.is(response)
            ? HttpBodies.write(exchange.getResponse(), response)
            : writeJson(exchange.getResponse(), response));
  }

  private Mono<byte[]> body(ServerHttpRequest request, int maxBodyBytes) {
    return DataBufferUtils.join(request.getBody(), maxBodyBytes)
        .map(buffer -> {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          DataBufferUtils.release(buffer);
          return bytes;
        })
        .defaultIfEmpty(new byte[0]);
  }

  private static Metadata metadata(HttpHeaders headers) {
    Metadata metadata = new Metadata();
    for (int i = 0; i < FORWARDED_HEADERS.size(); i++) {
      String value = headers.getFirst(FORWARDED_HEADERS.get(i));
      if (value != null) {
        metadata.put(FORWARDED_KEYS.get(i), value);
      }
    }
    return metadata;
  }

  private Mono<Void> writeJson(ServerHttpResponse response, DynamicMessage message) {
    return Mono.fromCallable(() -> printer.print(message).getBytes(StandardCharsets.UTF_8))
        .flatMap(json -> {
          response.setStatusCode(HttpStatus.OK);
          response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
          DataBuffer buffer = response.bufferFactory().wrap(json);
          return response.writeWith(Mono.just(buffer));
        });
  }
}
