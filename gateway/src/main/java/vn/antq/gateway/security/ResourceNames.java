package vn.antq.gateway.security;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource names a gRPC request carries, where the services' interceptor reads them too:
 * {@code parent} and {@code name}, and the {@code name} of each top-level contract message
 * ({@code model.name} of an update).
 */
public final class ResourceNames {

  private static final List<String> NAME_FIELDS = List.of("parent", "name");

  private ResourceNames() {}

  public static List<String> of(Message request) {
    List<String> names = new ArrayList<>();
    NAME_FIELDS.forEach(field -> value(request, field).ifPresent(names::add));
    for (FieldDescriptor field : request.getDescriptorForType().getFields()) {
      if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated() && request.hasField(field)) {
        Message nested = (Message) request.getField(field);
        // Contract messages (antq.*) are resources; well-known types such as FieldMask are not.
        if (nested.getDescriptorForType().getFullName().startsWith("antq.")) {
          value(nested, "name").ifPresent(names::add);
        }
      }
    }
    return names;
  }

  private static Optional<String> value(Message message, String fieldName) {
    FieldDescriptor field = message.getDescriptorForType().findFieldByName(fieldName);
    if (field == null || field.isRepeated() || field.getType() != FieldDescriptor.Type.STRING) {
      return Optional.empty();
    }
    String value = (String) message.getField(field);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
