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

    /** Crockford's base 32: no I, L, O or U, so a typed code is read the way it is printed. */
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /**
     * The code printed under the badge's QR code, for a desk whose camera cannot read it: ten characters
     * ({@code 7QX2M-K9D4R}), 50 bits of another HMAC over the same id and nonce, so it can be neither guessed nor
     * derived from the QR token. It names no registration: the desk's congress is searched for the one it fits.
     */
    public String code(Registration r) {
        byte[] mac;
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key(), "HmacSHA256"));
            m.update("typed-code".getBytes(StandardCharsets.US_ASCII));
            m.update(bytes(r.id));
            m.update(r.checkinNonce.getBytes(StandardCharsets.US_ASCII));
            mac = m.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        long bits = ByteBuffer.wrap(mac).getLong() >>> 14;
        StringBuilder code = new StringBuilder();
        for (int i = 9; i >= 0; i--) {
            code.append(CROCKFORD.charAt((int) ((bits >>> (5 * i)) & 31)));
            if (i == 5) code.append('-');
        }
        return code.toString();
    }

    /**
     * A typed code as printed, whatever the desk typed: case, spaces and dashes ignored, O read as 0 and I or L
     * as 1; empty when it cannot be a code (a scanned QR token, say).
     */
    public static Optional<String> typedCode(String typed) {
        if (typed == null) return Optional.empty();
        String c = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (c.length() != 10 || !c.chars().allMatch(ch -> CROCKFORD.indexOf(ch) >= 0)) return Optional.empty();
        return Optional.of(c.substring(0, 5) + "-" + c.substring(5));
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
