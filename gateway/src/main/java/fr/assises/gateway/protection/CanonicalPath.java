package fr.assises.gateway.protection;

/**
 * Whether a request path is spelled the one way the services route it. The services decode percent-encoded
 * unreserved characters, collapse {@code //}, resolve dot segments and drop matrix parameters before routing;
 * the gateway decides on rate limits and the allow-list from the raw path, so any other spelling of a limited path
 * would reach the service unlimited. Refusing those spellings (nobody needs them) keeps both views identical.
 */
final class CanonicalPath {

    private CanonicalPath() {
    }

    static boolean isCanonical(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        // one pass, every request goes through it: characters, escapes and segments
        int segmentStart = 1;
        for (int i = 1; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '/') {
                int length = i - segmentStart;
                // an empty last segment is a trailing slash, which the services do not fold into another path
                boolean emptyInside = length == 0 && i < path.length();
                if (emptyInside || isDots(path, segmentStart, length)) {
                    return false;
                }
                segmentStart = i + 1;
            } else if (c == ';' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            } else if (c == '%') {
                int value = i + 2 < path.length() ? decode(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (value < 0 || mustNotBeEncoded(value)) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** Whether the segment is {@code .} or {@code ..}. */
    private static boolean isDots(String path, int start, int length) {
        return length == 1 && path.charAt(start) == '.'
                || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
    }

    /**
     * Unreserved characters have one canonical spelling, unencoded (RFC 3986, 6.2.2.2); an encoded slash, backslash
     * or semicolon is refused too, as some servers decode it into a separator; control characters have no use.
     */
    private static boolean mustNotBeEncoded(int value) {
        return Character.isLetterOrDigit(value) && value < 0x80
                || value == '-' || value == '.' || value == '_' || value == '~'
                || value == '/' || value == '\\' || value == ';'
                || value < 0x20 || value == 0x7f;
    }

    private static int decode(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
