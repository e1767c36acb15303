package vn.antq.identity.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

import vn.antq.identity.config.IdentityProperties;
import vn.antq.identity.config.IdentityProperties.SigningKey;

/** The RS256 key that signs every token and is published at {@code /oauth2/jwks}. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(rsaKey(properties.signingKey())));
    }

    static RSAKey rsaKey(SigningKey signingKey) {
        if (signingKey.configured()) {
            return rsaKey(read(signingKey.publicKeyLocation(), RsaKeyConverters.x509()),
                    read(signingKey.privateKeyLocation(), RsaKeyConverters.pkcs8()));
        }
        KeyPair pair = generate();
        RSAKey key = rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        log.warn("No antq.identity.signing-key configured: generated RSA key kid={}. Tokens signed with it "
                + "cannot be verified once this process stops.", key.getKeyID());
        return key;
    }

    /** The kid is the key's RFC 7638 thumbprint, so it stays the same for the same key across restarts. */
    private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        if (!publicKey.getModulus().equals(privateKey.getModulus())) {
            throw new IllegalStateException("antq.identity.signing-key: public and private keys do not belong together");
        }
        try {
            return new RSAKey.Builder(publicKey).privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint()
                .build();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot compute the signing key thumbprint", ex);
        }
    }

    private static <K> K read(Resource pem, Converter<InputStream, K> converter) {
        try (InputStream in = pem.getInputStream()) {
            return converter.convert(in);
        }
        catch (IOException | IllegalArgumentException ex) {
            throw new IllegalStateException("antq.identity.signing-key: cannot read RSA key from " + pem, ex);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
