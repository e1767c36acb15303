package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.gateway.passthrough.GrpcPassThroughServer;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.test.TestIssuer;

/** The pass-through port with a server certificate: TLS clients are served, plaintext ones are not. */
@SpringBootTest(properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0"})
class GrpcPassThroughTlsTest {

  private static final String PASSWORD = "changeit";

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();

  @TempDir
  static Path certificates;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    selfSignedCertificate(certificates);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    registry.add("antq.gateway.grpc.tls.certificate-chain", () -> certificates.resolve("tls.crt").toUri().toString());
    registry.add("antq.gateway.grpc.tls.private-key", () -> certificates.resolve("tls.key").toUri().toString());
  }

  @AfterAll
  static void stop() {
    backend.close();
    issuer.close();
  }

  @Autowired
  GrpcPassThroughServer server;

  @Test
  void tlsClientsAreServedAndPlaintextOnesAreNot() throws IOException {
    ManagedChannel tls = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(),
        TlsChannelCredentials.newBuilder().trustManager(certificates.resolve("tls.crt").toFile()).build()).build();
    ManagedChannel plaintext = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(),
        InsecureChannelCredentials.create()).build();
    GetModelRequest request = GetModelRequest.newBuilder().setName("provinces/bac-lieu/models/m-1").build();
    try {
      assertThat(registry(tls).getModel(request).getName()).isEqualTo("provinces/bac-lieu/models/m-1");
      StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> registry(plaintext).getModel(request));
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    } finally {
      tls.shutdownNow();
      plaintext.shutdownNow();
    }
  }

  private static ModelRegistryGrpc.ModelRegistryBlockingStub registry(ManagedChannel channel) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer " + issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER"));
    return ModelRegistryGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  /** tls.crt and tls.key (PEM, PKCS#8) for 127.0.0.1, made with the JDK's keytool. */
  private static void selfSignedCertificate(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    Files.writeString(dir.resolve("tls.crt"), pem("CERTIFICATE", store.getCertificate("server").getEncoded()));
    Files.writeString(dir.resolve("tls.key"), pem("PRIVATE KEY", store.getKey("server", PASSWORD.toCharArray()).getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + type + "-----\n";
  }
}
