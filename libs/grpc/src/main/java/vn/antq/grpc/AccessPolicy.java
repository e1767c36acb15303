package vn.antq.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import java.util.ArrayList;
import java.util.List;
import vn.antq.api.v1.Access;
import vn.antq.api.v1.AccessProto;
import vn.antq.core.Caller;
import vn.antq.core.Role;

/**
 * The access rule each RPC declares in the contract ({@code antq.api.v1.access}), checked against
 * the verified caller. The gateway checks the same option; checking it again here means a request
 * that bypasses the gateway meets the same rule.
 */
public final class AccessPolicy {

  private static final String PROVINCES = "provinces/";

  private AccessPolicy() {}

  public static Access accessOf(MethodDescriptor<?, ?> method) {
    if (method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier supplier) {
      return supplier.getMethodDescriptor().getOptions().getExtension(AccessProto.access);
    }
    return Access.ACCESS_UNSPECIFIED;
  }

  /** Role check, before the request is read. Returns null when allowed, else the status to close with. */
  public static Status checkRoles(Access access, Caller caller) {
    boolean allowed = switch (access) {
      case PROVINCE_READ, PROVINCE_WRITE -> caller.isProvinceCaller();
      case PROVINCE_ADMIN -> caller.isProvinceCaller() && caller.has(Role.PROVINCE_ADMIN);
      case NATIONAL_READ -> caller.isMinistryCaller();
      case NATIONAL_ADMIN -> caller.isMinistryCaller() && caller.has(Role.MINISTRY_ADMIN);
      case ACCESS_UNSPECIFIED, UNRECOGNIZED -> false;
    };
    return allowed ? null : Status.PERMISSION_DENIED.withDescription("the caller's roles do not allow this operation");
  }

  public static boolean isProvinceScoped(Access access) {
    return access == Access.PROVINCE_READ || access == Access.PROVINCE_WRITE || access == Access.PROVINCE_ADMIN;
  }

  /**
   * Every resource name in the request ({@code name}, {@code parent}, and {@code name} of a top-level
   * message such as {@code model.name}) must lie inside the caller's province. Returns null when so.
   */
  public static Status checkProvince(Message request, String province) {
    List<String[]> names = resourceNames(request);
    if (names.isEmpty()) {
      return Status.PERMISSION_DENIED.withDescription("the request names no province resource");
    }
    for (String[] fieldAndValue : names) {
      String value = fieldAndValue[1];
      if (!value.startsWith(PROVINCES)) {
        return Status.INVALID_ARGUMENT.withDescription(
            fieldAndValue[0] + ": must be a resource name starting with provinces/{province}");
      }
      int end = value.indexOf('/', PROVINCES.length());
      String named = end < 0 ? value.substring(PROVINCES.length()) : value.substring(PROVINCES.length(), end);
      if (!named.equals(province)) {
        return Status.PERMISSION_DENIED.withDescription("the caller's token is not bound to this province");
      }
    }
    return null;
  }

  private static List<String[]> resourceNames(Message request) {
    List<String[]> found = new ArrayList<>();
    collect(request, "", found);
    for (FieldDescriptor field : request.getDescriptorForType().getFields()) {
      if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated() && request.hasField(field)) {
        Message nested = (Message) request.getField(field);
        FieldDescriptor name = nested.getDescriptorForType().findFieldByName("name");
        if (name != null && name.getType() == FieldDescriptor.Type.STRING && isResourceMessage(nested.getDescriptorForType())) {
          collectOne(nested, name, field.getName() + ".", found);
        }
      }
    }
    return found;
  }

  /** Contract messages (antq.*) carry resource names; well-known types such as FieldMask do not. */
  private static boolean isResourceMessage(Descriptors.Descriptor type) {
    return type.getFullName().startsWith("antq.");
  }

  private static void collect(Message message, String prefix, List<String[]> found) {
    for (String fieldName : List.of("parent", "name")) {
      FieldDescriptor field = message.getDescriptorForType().findFieldByName(fieldName);
      if (field != null && field.getType() == FieldDescriptor.Type.STRING && !field.isRepeated()) {
        collectOne(message, field, prefix, found);
      }
    }
  }

  private static void collectOne(Message message, FieldDescriptor field, String prefix, List<String[]> found) {
    String value = (String) message.getField(field);
    if (!value.isEmpty()) {
      found.add(new String[] {prefix + field.getName(), value});
    }
  }
}
