package fr.assises.common.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs access tokens shaped like Keycloak's ({@code sub}, {@code preferred_username},
 * {@code realm_access.roles}) with a test-only key pair committed for tests, never used anywhere else.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.assises.test/realms/assises";

    private static PrivateKey privateKey;

    private TestTokens() {
    }

    /** A participant with a random subject, as after a self sign-up. */
    public static String participant() {
        return participant(UUID.randomUUID().toString());
    }

    public static String participant(String subject) {
        return token(subject, "participant");
    }

    public static String organiser() {
        return token("organiser-" + UUID.randomUUID(), "organiser");
    }

    public static String partner() {
        return token("partner-" + UUID.randomUUID(), "partner");
    }

    public static String admin() {
        return token("admin-" + UUID.randomUUID(), "admin");
    }

    /** A token for {@code subject} carrying exactly {@code roles}. */
    public static String token(String subject, String... roles) {
        return token(subject, 3600, roles);
    }

    /** A participant's token with their e-mail, verified or not by the identity provider. */
    public static String participantWithEmail(String subject, String email, boolean verified) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("email", email)
                .claim("email_verified", verified)
                .claim("realm_access", Map.of("roles", List.of("participant")))
                .groups(Set.of("participant"))
                .expiresIn(3600)
                .sign(privateKey());
    }

    public static String token(String subject, long lifetimeSeconds, String... roles) {
        Set<String> roleSet = Set.copyOf(Arrays.asList(roles));
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.copyOf(roleSet)))
                .groups(roleSet)
                .expiresIn(lifetimeSeconds)
                .sign(privateKey());
    }

    /** An already expired token, for 401 tests. */
    public static String expired(String subject, String... roles) {
        Set<String> roleSet = Set.copyOf(Arrays.asList(roles));
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("realm_access", Map.of("roles", List.copyOf(roleSet)))
                .groups(roleSet)
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign(privateKey());
    }

    public static String publicKeyBase64() {
        return read("assises-test-public.pem")
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
    }

    private static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try {
                privateKey = KeyUtils.decodePrivateKey(read("assises-test-private.pem"));
            } catch (Exception e) {
                throw new IllegalStateException("test signing key unreadable", e);
            }
        }
        return privateKey;
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
