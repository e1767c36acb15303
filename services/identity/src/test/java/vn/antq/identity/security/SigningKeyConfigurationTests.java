package vn.antq.identity.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;

import vn.antq.identity.config.IdentityProperties.SigningKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyConfigurationTests {

    @TempDir
    Path dir;

    @Test
    void configuredKeyKeepsItsKidAcrossLoads() throws Exception {
        KeyPair pair = generate();
        SigningKey signingKey = writePem(pair, pair);

        RSAKey first = SigningKeyConfiguration.rsaKey(signingKey);
        RSAKey second = SigningKeyConfiguration.rsaKey(signingKey);

        assertThat(first.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getKeyID()).isEqualTo(second.getKeyID()).isEqualTo(first.computeThumbprint().toString());
    }

    @Test
    void mismatchedKeyPairIsRejected() throws Exception {
        SigningKey signingKey = writePem(generate(), generate());

        assertThatIllegalStateException().isThrownBy(() -> SigningKeyConfiguration.rsaKey(signingKey))
            .withMessageContaining("do not belong together");
    }

    @Test
    void withoutConfigurationAKeyIsGenerated() throws Exception {
        RSAKey key = SigningKeyConfiguration.rsaKey(new SigningKey(null, null));

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    }

    private SigningKey writePem(KeyPair publicHalf, KeyPair privateHalf) throws Exception {
        Path publicPem = dir.resolve("public.pem");
        Path privatePem = dir.resolve("private.pem");
        Files.writeString(publicPem, pem("PUBLIC KEY", publicHalf.getPublic().getEncoded()));
        Files.writeString(privatePem, pem("PRIVATE KEY", privateHalf.getPrivate().getEncoded()));
        return new SigningKey(new FileSystemResource(privatePem), new FileSystemResource(publicPem));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static KeyPair generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
