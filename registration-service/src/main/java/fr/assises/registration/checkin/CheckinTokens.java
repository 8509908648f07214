package fr.assises.registration.checkin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.assises.registration.registering.Registration;

/**
 * Check-in tokens: the registration id plus an HMAC over that id and the registration's random nonce. They hold
 * no personal data, cannot be forged without the key, and cannot be guessed from a registration id.
 */
@ApplicationScoped
public class CheckinTokens {

    private static final int MAC_BYTES = 18;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    CheckinConfig config;

    @Inject
    CheckinKeyStore store;

    private volatile byte[] key;

    public String issue(Registration r) {
        byte[] id = bytes(r.id);
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id, r.checkinNonce));
    }

    /** The registration id a well-formed token names; the token still has to be verified against it. */
    public Optional<UUID> registrationId(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, dot));
            if (id.length != 16) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean verify(String token, Registration r) {
        try {
            byte[] given = DECODER.decode(token.substring(token.indexOf('.') + 1));
            return MessageDigest.isEqual(given, mac(bytes(r.id), r.checkinNonce));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] mac(byte[] id, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(id);
            mac.update(nonce.getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = config.secret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(store::key);
            key = k;
        }
        return k;
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
