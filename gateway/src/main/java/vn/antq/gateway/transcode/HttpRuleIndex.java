package vn.antq.gateway.transcode;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.api.v1.AccessProto;

/** Every HTTP route declared by google.api.http rules, and the lookup of a request among them. */
public final class HttpRuleIndex {

  private static final Logger log = LoggerFactory.getLogger(HttpRuleIndex.class);

  /** The outcome of a lookup. */
  public sealed interface Lookup {}

  public record Found(HttpBinding binding, Map<String, String> variables) implements Lookup {}

  public record NotFound() implements Lookup {}

  public record MethodNotAllowed(Set<String> allowed) implements Lookup {}

  private final List<HttpBinding> bindings;

  private HttpRuleIndex(List<HttpBinding> bindings) {
    this.bindings = bindings.stream()
        .sorted(Comparator.comparingInt((HttpBinding b) -> b.template().specificity()).reversed())
        .toList();
  }

  /**
   * Indexes the unary methods of all services that carry a google.api.http rule.
   *
   * @throws IllegalStateException on a rule the transcoder cannot honour, so that a contract
   *     mistake stops the gateway at startup rather than misroutes requests
   */
  public static HttpRuleIndex of(List<FileDescriptor> files) {
    List<HttpBinding> bindings = new ArrayList<>();
    for (FileDescriptor file : files) {
      for (ServiceDescriptor service : file.getServices()) {
        for (MethodDescriptor method : service.getMethods()) {
          if (!method.getOptions().hasExtension(AnnotationsProto.http)) {
            continue;
          }
          if (method.isClientStreaming() || method.isServerStreaming()) {
            log.warn("{} streams; only unary methods are transcoded", method.getFullName());
            continue;
          }
          HttpRule rule = method.getOptions().getExtension(AnnotationsProto.http);
          bindings.add(binding(method, rule));
          for (HttpRule additional : rule.getAdditionalBindingsList()) {
            if (additional.getAdditionalBindingsCount() > 0) {
              throw invalid(method, "additional_bindings must not nest");
            }
            bindings.add(binding(method, additional));
          }
        }
      }
    }
    return new HttpRuleIndex(bindings);
  }

  public List<HttpBinding> bindings() {
    return bindings;
  }

  /** Finds the binding of a request; the raw path is still percent-encoded. */
  public Lookup lookup(String verb, String rawPath) {
    Set<String> allowed = new TreeSet<>();
    for (HttpBinding binding : bindings) {
      Optional<Map<String, String>> variables = binding.template().match(rawPath);
      if (variables.isEmpty()) {
        continue;
      }
      if (binding.verb().equals(verb)) {
        return new Found(binding, variables.get());
      }
      allowed.add(binding.verb());
    }
    return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
  }

  private static HttpBinding binding(MethodDescriptor method, HttpRule rule) {
    String path = switch (rule.getPatternCase()) {
      case GET -> rule.getGet();
      case PUT -> rule.getPut();
      case POST -> rule.getPost();
      case DELETE -> rule.getDelete();
      case PATCH -> rule.getPatch();
      case CUSTOM -> rule.getCustom().getPath();
      case PATTERN_NOT_SET -> throw invalid(method, "no HTTP pattern");
    };
    String verb = rule.getPatternCase() == HttpRule.PatternCase.CUSTOM
        ? rule.getCustom().getKind()
        : rule.getPatternCase().name();
    if (!rule.getResponseBody().isEmpty()) {
      throw invalid(method, "response_body is not supported");
    }
    PathTemplate template;
    try {
      template = PathTemplate.parse(path);
      template.fieldPaths().forEach(field -> FieldPaths.resolve(method.getInputType(), field));
    } catch (IllegalArgumentException e) {
      throw invalid(method, e.getMessage());
    }
    String body = rule.getBody();
    if (!body.isEmpty() && !body.equals("*") && method.getInputType().findFieldByName(body) == null) {
      throw invalid(method, "body field '" + body + "' does not exist");
    }
    return new HttpBinding(verb.toUpperCase(Locale.ROOT), template, body, method,
        method.getOptions().getExtension(AccessProto.access));
  }

  private static IllegalStateException invalid(MethodDescriptor method, String problem) {
    return new IllegalStateException("google.api.http rule of " + method.getFullName() + ": " + problem);
  }
}
