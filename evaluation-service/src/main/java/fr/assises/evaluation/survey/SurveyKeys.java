package fr.assises.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * The survey's keys. A token is 256 random bits handed to the participant and never stored. The access table
 * keeps SHA-256("access|" + token); the response table keeps HMAC(secret, "edit|" + questionnaire + "|" + token).
 * Neither value can be computed from the other without the token itself, so the database (even with the secret)
 * cannot join an access row, and so a participant, to a response.
 */
@ApplicationScoped
public class SurveyKeys {

    private static final Logger LOG = Logger.getLogger(SurveyKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SurveyConfig config;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] secret;
        if (config.secret().isPresent() && !config.secret().get().isBlank()) {
            secret = config.secret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("assises.survey.secret is not set: using a random key for this run; responses given before a "
                    + "restart will not be editable afterwards. Set ASSISES_SURVEY_SECRET.");
            secret = new byte[32];
            RANDOM.nextBytes(secret);
        }
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the access table stores of a token. */
    public String accessHash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("access|" + token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the response table stores to find a response again from its token, for editing. */
    public String editKey(UUID questionnaireId, String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] raw = mac.doFinal(("edit|" + questionnaireId + "|" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens have a fixed shape; anything else is forged and never reaches the database. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
