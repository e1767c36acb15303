package vn.antq.gateway.transcode;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Dotted field paths ("model.display_name" or "model.displayName") over message descriptors. */
public final class FieldPaths {

  private FieldPaths() {}

  /** The field of that proto name or JSON name, or null. */
  public static FieldDescriptor find(Descriptor type, String name) {
    FieldDescriptor field = type.findFieldByName(name);
    if (field != null) {
      return field;
    }
    return type.getFields().stream().filter(f -> f.getJsonName().equals(name)).findFirst().orElse(null);
  }

  /**
   * The fields along a path; every segment but the last must be a singular message field.
   *
   * @throws IllegalArgumentException naming the first segment that does not resolve
   */
  public static List<FieldDescriptor> resolve(Descriptor type, String path) {
    List<FieldDescriptor> fields = new ArrayList<>();
    Descriptor current = type;
    String[] segments = path.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      if (current == null) {
        throw new IllegalArgumentException("'" + segments[i - 1] + "' has no fields");
      }
      FieldDescriptor field = find(current, segments[i]);
      if (field == null) {
        throw new IllegalArgumentException("no field '" + segments[i] + "' in " + current.getFullName());
      }
      fields.add(field);
      boolean nestable = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated();
      current = nestable ? field.getMessageType() : null;
    }
    return fields;
  }

  public static String protoPath(List<FieldDescriptor> fields) {
    return fields.stream().map(FieldDescriptor::getName).collect(Collectors.joining("."));
  }

  public static String jsonPath(List<FieldDescriptor> fields) {
    return fields.stream().map(FieldDescriptor::getJsonName).collect(Collectors.joining("."));
  }

  /**
   * Converts a path of proto field names, as services report them in BadRequest violations, to
   * JSON names with protoc's own rule: drop each '_' and upper-case the letter after it.
   */
  public static String toJsonPath(String protoPath) {
    StringBuilder json = new StringBuilder(protoPath.length());
    boolean upperNext = false;
    for (char c : protoPath.toCharArray()) {
      if (c == '_') {
        upperNext = true;
      } else {
        json.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return json.toString();
  }
}
