package vn.antq.welfare.grpc;

import com.google.api.FieldBehavior;
import com.google.api.FieldBehaviorProto;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import java.util.List;

/** The fields an update changes (AIP-134): the mask's paths, or else every field the caller set. */
final class UpdateMasks {

  private UpdateMasks() {}

  static List<String> fields(FieldMask mask, Message resource) {
    if (mask.getPathsCount() > 0) {
      return mask.getPathsList();
    }
    return resource.getAllFields().keySet().stream()
        .filter(field -> !isSetByTheService(field))
        .map(FieldDescriptor::getName)
        .toList();
  }

  /** The resource's name and output-only fields, as the contract marks them, are never input. */
  private static boolean isSetByTheService(FieldDescriptor field) {
    List<FieldBehavior> behaviors = field.getOptions().getExtension(FieldBehaviorProto.fieldBehavior);
    return behaviors.contains(FieldBehavior.IDENTIFIER) || behaviors.contains(FieldBehavior.OUTPUT_ONLY);
  }
}
