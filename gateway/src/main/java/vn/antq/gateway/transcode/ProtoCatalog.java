package vn.antq.gateway.transcode;

import com.google.api.AnnotationsProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.TypeRegistry;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.api.v1.AccessProto;

/**
 * The contracts the gateway serves, read at startup from the descriptor set that antq-proto
 * publishes, so a new service needs no gateway code: only its backend address.
 */
public final class ProtoCatalog {

  private final List<FileDescriptor> files;
  private final TypeRegistry types;

  public ProtoCatalog(List<FileDescriptor> files) {
    this.files = List.copyOf(files);
    TypeRegistry.Builder registry = TypeRegistry.newBuilder();
    files.forEach(file -> registry.add(file.getMessageTypes()));
    this.types = registry.build();
  }

  /** Loads a FileDescriptorSet from the classpath; its files must include all their imports. */
  public static ProtoCatalog load(String resource) {
    ExtensionRegistry extensions = ExtensionRegistry.newInstance();
    extensions.add(AnnotationsProto.http);
    extensions.add(AccessProto.access);
    try (InputStream in = ProtoCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("descriptor set not on the classpath: " + resource);
      }
      return new ProtoCatalog(build(FileDescriptorSet.parseFrom(in, extensions)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<FileDescriptor> files() {
    return files;
  }

  /** Strict proto3 JSON parser: unknown fields are errors. */
  public JsonFormat.Parser parser() {
    return JsonFormat.parser().usingTypeRegistry(types);
  }

  /** proto3 JSON with lowerCamelCase names, printing fields left at their default value too. */
  public JsonFormat.Printer printer() {
    return JsonFormat.printer().usingTypeRegistry(types).alwaysPrintFieldsWithNoPresence().omittingInsignificantWhitespace();
  }

  private static List<FileDescriptor> build(FileDescriptorSet set) {
    Map<String, FileDescriptorProto> protos = set.getFileList().stream()
        .collect(Collectors.toMap(FileDescriptorProto::getName, Function.identity()));
    Map<String, FileDescriptor> built = new HashMap<>();
    return set.getFileList().stream().map(proto -> build(proto, protos, built)).toList();
  }

  private static FileDescriptor build(FileDescriptorProto proto, Map<String, FileDescriptorProto> protos,
      Map<String, FileDescriptor> built) {
    FileDescriptor done = built.get(proto.getName());
    if (done != null) {
      return done;
    }
    FileDescriptor[] dependencies = proto.getDependencyList().stream()
        .map(name -> {
          FileDescriptorProto dependency = protos.get(name);
          if (dependency == null) {
            throw new IllegalStateException(proto.getName() + " imports " + name + ", missing from the descriptor set");
          }
          return build(dependency, protos, built);
        })
        .toArray(FileDescriptor[]::new);
    try {
      FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies);
      built.put(proto.getName(), file);
      return file;
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException("invalid descriptor " + proto.getName(), e);
    }
  }
}
