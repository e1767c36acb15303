package vn.antq.gateway.passthrough;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The native gRPC port of the gateway.
 *
 * @param port listening port (0: any free port)
 * @param tls server certificate; without it the port speaks plaintext HTTP/2 (loopback, cluster network)
 */
@ConfigurationProperties("antq.gateway.grpc")
public record GrpcPassThroughProperties(@DefaultValue("9090") int port, Tls tls) {

  /**
   * @param certificateChain PEM certificate chain, e.g. {@code file:/etc/antq/tls/tls.crt}
   * @param privateKey PEM PKCS#8 private key of the first certificate
   */
  public record Tls(Resource certificateChain, Resource privateKey) {}

  public boolean tlsEnabled() {
    return tls != null && tls.certificateChain() != null && tls.privateKey() != null;
  }
}
