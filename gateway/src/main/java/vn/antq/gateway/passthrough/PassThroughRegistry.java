package vn.antq.gateway.passthrough;

import com.google.protobuf.Descriptors;
import io.grpc.HandlerRegistry;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.antq.gateway.grpc.GrpcBackends;
import vn.antq.gateway.grpc.RawMarshaller;
import vn.antq.gateway.transcode.ProtoCatalog;

/**
 * Every unary method of the contracts whose package has a backend, resolved by full method name.
 * Anything else (streaming, unknown, no backend) is not found, which grpc-java answers UNIMPLEMENTED.
 */
final class PassThroughRegistry extends HandlerRegistry {

  private final Map<String, ServerMethodDefinition<?, ?>> methods = new HashMap<>();

  PassThroughRegistry(ProtoCatalog catalog, GrpcBackends backends,
      Function<Descriptors.MethodDescriptor, ServerCallHandler<byte[], byte[]>> handlers) {
    for (Descriptors.FileDescriptor file : catalog.files()) {
      if (backends.forPackage(file.getPackage()).isEmpty()) {
        continue;
      }
      for (Descriptors.ServiceDescriptor service : file.getServices()) {
        for (Descriptors.MethodDescriptor method : service.getMethods()) {
          if (method.isClientStreaming() || method.isServerStreaming()) {
            continue;
          }
          MethodDescriptor<byte[], byte[]> descriptor = MethodDescriptor.<byte[], byte[]>newBuilder()
              .setType(MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(MethodDescriptor.generateFullMethodName(service.getFullName(), method.getName()))
              .setRequestMarshaller(RawMarshaller.INSTANCE)
              .setResponseMarshaller(RawMarshaller.INSTANCE)
              .build();
          methods.put(descriptor.getFullMethodName(), ServerMethodDefinition.create(descriptor, handlers.apply(method)));
        }
      }
    }
  }

  @Override
  public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
    return methods.get(methodName);
  }
}
