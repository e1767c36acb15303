package vn.antq.gateway.transcode;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * Responses of type {@code google.api.HttpBody} (file downloads such as report exports) are written
 * as they are — their content type and bytes — not as JSON, as the http annotations' rules say.
 */
final class HttpBodies {

  static final String TYPE = "google.api.HttpBody";

  private HttpBodies() {}

  static boolean is(DynamicMessage message) {
    return message.getDescriptorForType().getFullName().equals(TYPE);
  }

  static Mono<Void> write(ServerHttpResponse response, DynamicMessage body) {
    FieldDescriptor contentType = body.getDescriptorForType().findFieldByName("content_type");
    FieldDescriptor data = body.getDescriptorForType().findFieldByName("data");
    String type = (String) body.getField(contentType);
    byte[] bytes = ((ByteString) body.getField(data)).toByteArray();
    response.setStatusCode(HttpStatus.OK);
    response.getHeaders().setContentType(type.isEmpty() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type));
    response.getHeaders().setContentLength(bytes.length);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
  }
}
