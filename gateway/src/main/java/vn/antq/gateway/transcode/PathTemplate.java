package vn.antq.gateway.transcode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * A google.api.http path template such as <code>/api/v1/{parent=provinces/*}/models</code>: literal
 * segments, {@code *} (one segment), {@code **} (any number of segments, last only), variables
 * binding a (nested) field path to a sub-path, and an optional custom verb (<code>:archive</code>).
 */
public final class PathTemplate {

  private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private enum Kind { LITERAL, ONE, MANY }

  private record Segment(Kind kind, String literal) {}

  /** Segments [start, end) bound to a field; end is -1 when the variable runs to the end through {@code **}. */
  private record Variable(String fieldPath, int start, int end) {}

  private final String source;
  private final List<Segment> segments;
  private final List<Variable> variables;
  private final String verb;

  private PathTemplate(String source, List<Segment> segments, List<Variable> variables, String verb) {
    this.source = source;
    this.segments = List.copyOf(segments);
    this.variables = List.copyOf(variables);
    this.verb = verb;
  }

  /** @throws IllegalArgumentException if the template does not follow the google.api.http grammar */
  public static PathTemplate parse(String template) {
    return new Parser(template).parse();
  }

  /** Field paths bound by the template, in order. */
  public List<String> fieldPaths() {
    return variables.stream().map(Variable::fieldPath).toList();
  }

  /**
   * Matches a raw (still percent-encoded) request path and returns the variables by field path.
   * Segments are decoded one by one, so an encoded '/' never spans segments: a segment that
   * decodes to one, or to "." or "..", matches no wildcard.
   */
  public Optional<Map<String, String>> match(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String path = rawPath.substring(1);
    if (verb != null) {
      if (!path.endsWith(":" + verb)) {
        return Optional.empty();
      }
      path = path.substring(0, path.length() - verb.length() - 1);
    }
    List<String> decoded = decode(path.split("/", -1));
    boolean open = !segments.isEmpty() && segments.get(segments.size() - 1).kind() == Kind.MANY;
    int fixed = open ? segments.size() - 1 : segments.size();
    if (decoded == null || (open ? decoded.size() < fixed : decoded.size() != fixed)) {
      return Optional.empty();
    }
    for (int i = 0; i < decoded.size(); i++) {
      Segment segment = segments.get(Math.min(i, segments.size() - 1));
      boolean matches = segment.kind() == Kind.LITERAL ? segment.literal().equals(decoded.get(i)) : isWildcardValue(decoded.get(i));
      if (!matches) {
        return Optional.empty();
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Variable variable : variables) {
      int end = variable.end() < 0 ? decoded.size() : variable.end();
      values.put(variable.fieldPath(), String.join("/", decoded.subList(variable.start(), end)));
    }
    return Optional.of(values);
  }

  /** Orders templates so that the more specific one wins when several match a path. */
  int specificity() {
    int literals = (int) segments.stream().filter(s -> s.kind() == Kind.LITERAL).count();
    boolean open = segments.stream().anyMatch(s -> s.kind() == Kind.MANY);
    return (verb != null ? 10_000 : 0) + literals * 10 + (open ? 0 : 1);
  }

  private static List<String> decode(String[] raw) {
    List<String> decoded = new ArrayList<>(raw.length);
    try {
      for (String segment : raw) {
        decoded.add(UriUtils.decode(segment, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException malformedEscape) {
      return null;
    }
    return decoded;
  }

  private static boolean isWildcardValue(String segment) {
    return !segment.isEmpty() && !segment.contains("/") && !segment.equals(".") && !segment.equals("..");
  }

  @Override
  public String toString() {
    return source;
  }

  /** Recursive-descent parser of: Template = "/" Segments [":" Verb]. */
  private static final class Parser {

    private final String text;
    private int pos;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();

    Parser(String text) {
      this.text = text;
    }

    PathTemplate parse() {
      expect('/');
      segments(false);
      String verb = null;
      if (pos < text.length() && text.charAt(pos) == ':') {
        pos++;
        verb = literal();
      }
      if (pos != text.length()) {
        throw error("unexpected '" + text.charAt(pos) + "'");
      }
      for (int i = 0; i < segments.size() - 1; i++) {
        if (segments.get(i).kind() == Kind.MANY) {
          throw error("'**' must be the last segment");
        }
      }
      List<String> paths = variables.stream().map(Variable::fieldPath).toList();
      if (paths.stream().distinct().count() != paths.size()) {
        throw error("a field is bound twice");
      }
      return new PathTemplate(text, segments, variables, verb);
    }

    private void segments(boolean inVariable) {
      do {
        if (!inVariable && peek('{')) {
          variable();
        } else if (text.startsWith("**", pos)) {
          pos += 2;
          segments.add(new Segment(Kind.MANY, null));
        } else if (peek('*')) {
          pos++;
          segments.add(new Segment(Kind.ONE, null));
        } else {
          segments.add(new Segment(Kind.LITERAL, literal()));
        }
      } while (consume('/'));
    }

    private void variable() {
      expect('{');
      int close = text.indexOf('}', pos);
      int equals = text.indexOf('=', pos);
      if (close < 0) {
        throw error("unclosed '{'");
      }
      int pathEnd = equals >= 0 && equals < close ? equals : close;
      String fieldPath = text.substring(pos, pathEnd);
      if (!FIELD_PATH.matcher(fieldPath).matches()) {
        throw error("bad field path '" + fieldPath + "'");
      }
      pos = pathEnd;
      int start = segments.size();
      if (consume('=')) {
        segments(true);
      } else {
        segments.add(new Segment(Kind.ONE, null));
      }
      expect('}');
      boolean open = segments.get(segments.size() - 1).kind() == Kind.MANY;
      variables.add(new Variable(fieldPath, start, open ? -1 : segments.size()));
    }

    private String literal() {
      int start = pos;
      while (pos < text.length() && "/{}*:=".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      if (pos == start) {
        throw error("empty segment");
      }
      return text.substring(start, pos);
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean consume(char c) {
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!consume(c)) {
        throw error("expected '" + c + "'");
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("path template '" + text + "' at " + pos + ": " + message);
    }
  }
}
