package vn.antq.gateway.transcode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * Builds the gRPC request of an HTTP call, as google.api.http specifies: the body fills the body
 * field (or the whole message for "*"), query parameters fill the fields bound neither by the
 * path nor by the body, and path variables are set last so that the URL, which the access check
 * read, always wins over the body.
 */
public final class RequestBinder {

  private final JsonFormat.Parser parser;

  public RequestBinder(JsonFormat.Parser parser) {
    this.parser = parser;
  }

  public DynamicMessage bind(HttpBinding binding, Map<String, String> pathVariables,
      MultiValueMap<String, String> query, byte[] body) {
    DynamicMessage.Builder request = DynamicMessage.newBuilder(binding.method().getInputType());
    bindBody(binding.body(), body, request);
    query.forEach((name, values) -> bindQuery(binding, name, values, request));
    pathVariables.forEach((path, value) ->
        set(request, FieldPaths.resolve(request.getDescriptorForType(), path), List.of(value)));
    return request.build();
  }

  private void bindBody(String rule, byte[] body, DynamicMessage.Builder request) {
    if (rule.isEmpty()) {
      if (body.length > 0) {
        throw new BindingException(null, "this operation takes no request body");
      }
      return;
    }
    if (body.length == 0) {
      return;
    }
    JsonElement json;
    try {
      json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw new BindingException(null, "the request body is not valid JSON");
    }
    if (!rule.equals("*")) {
      JsonObject wrapper = new JsonObject();
      wrapper.add(request.getDescriptorForType().findFieldByName(rule).getJsonName(), json);
      json = wrapper;
    }
    try {
      parser.merge(json.toString(), request);
    } catch (InvalidProtocolBufferException e) {
      throw new BindingException(locate(json, request.getDescriptorForType(), ""), e.getMessage());
    }
  }

  private void bindQuery(HttpBinding binding, String name, List<String> values, DynamicMessage.Builder request) {
    if (binding.body().equals("*")) {
      throw new BindingException(name, "unknown query parameter: the request body carries every field");
    }
    List<FieldDescriptor> fields;
    try {
      fields = FieldPaths.resolve(request.getDescriptorForType(), name);
    } catch (IllegalArgumentException e) {
      throw new BindingException(name, "unknown query parameter");
    }
    String path = FieldPaths.protoPath(fields);
    if (fields.get(0).getName().equals(binding.body())) {
      throw new BindingException(name, "this field comes from the request body");
    }
    for (String bound : binding.template().fieldPaths()) {
      if ((path + ".").startsWith(bound + ".") || (bound + ".").startsWith(path + ".")) {
        throw new BindingException(name, "this field comes from the URL path");
      }
    }
    set(request, fields, values);
  }

  /** Sets a scalar, enum or well-known-type leaf through the JSON mapping, so values parse exactly as in a body. */
  private void set(Message.Builder root, List<FieldDescriptor> fields, List<String> values) {
    Message.Builder target = root;
    for (FieldDescriptor field : fields.subList(0, fields.size() - 1)) {
      target = target.getFieldBuilder(field);
    }
    FieldDescriptor leaf = fields.get(fields.size() - 1);
    String path = FieldPaths.jsonPath(fields);
    if (leaf.isMapField()) {
      throw new BindingException(path, "a map field cannot be set from the URL");
    }
    if (!leaf.isRepeated() && values.size() > 1) {
      throw new BindingException(path, "a single-valued field was given " + values.size() + " values");
    }
    JsonObject json = new JsonObject();
    if (leaf.isRepeated()) {
      JsonArray array = new JsonArray();
      values.forEach(array::add);
      json.add(leaf.getJsonName(), array);
    } else {
      json.add(leaf.getJsonName(), new JsonPrimitive(values.get(0)));
    }
    target.clearField(leaf);
    try {
      parser.merge(json.toString(), target);
    } catch (InvalidProtocolBufferException e) {
      throw new BindingException(path, e.getMessage());
    }
  }

  /**
   * JsonFormat does not say where a document failed; this finds the first member that fails on
   * its own, descending into messages, and returns its JSON path (null for the document itself).
   */
  private String locate(JsonElement json, Descriptor type, String path) {
    boolean plainMessage = json.isJsonObject() && !type.getFile().getPackage().equals("google.protobuf");
    if (plainMessage) {
      for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
        FieldDescriptor field = FieldPaths.find(type, member.getKey());
        String memberPath = (path.isEmpty() ? "" : path + ".") + (field == null ? member.getKey() : field.getJsonName());
        if (field == null) {
          return memberPath;
        }
        JsonObject single = new JsonObject();
        single.add(member.getKey(), member.getValue());
        if (!parses(single, type)) {
          return locateValue(field, member.getValue(), memberPath);
        }
      }
    }
    return path.isEmpty() ? null : path;
  }

  private String locateValue(FieldDescriptor field, JsonElement value, String path) {
    if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isMapField()) {
      return path;
    }
    if (!field.isRepeated()) {
      return locate(value, field.getMessageType(), path);
    }
    if (value.isJsonArray()) {
      JsonArray elements = value.getAsJsonArray();
      for (int i = 0; i < elements.size(); i++) {
        if (!parses(elements.get(i), field.getMessageType())) {
          return locate(elements.get(i), field.getMessageType(), path + "[" + i + "]");
        }
      }
    }
    return path;
  }

  private boolean parses(JsonElement json, Descriptor type) {
    try {
      parser.merge(json.toString(), DynamicMessage.newBuilder(type));
      return true;
    } catch (InvalidProtocolBufferException e) {
      return false;
    }
  }
}
