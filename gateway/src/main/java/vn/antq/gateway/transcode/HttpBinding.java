package vn.antq.gateway.transcode;

import com.google.protobuf.Descriptors.MethodDescriptor;
import vn.antq.api.v1.Access;

/**
 * One HTTP route of a gRPC method: a google.api.http rule or one of its additional bindings.
 *
 * @param verb upper-case HTTP method
 * @param body "" (no body), "*" (the whole request message) or the name of the request field the body fills
 * @param access who may call the method, from its antq.api.v1.access option
 */
public record HttpBinding(String verb, PathTemplate template, String body, MethodDescriptor method, Access access) {

  @Override
  public String toString() {
    return verb + " " + template + " -> " + method.getFullName();
  }
}
