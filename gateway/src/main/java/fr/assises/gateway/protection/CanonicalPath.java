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
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
            if (c == '%') {
                int value = i + 2 < path.length() ? decode(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (value < 0 || mustNotBeEncoded(value)) {
                    return false;
                }
                i += 2;
            }
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s];
            // an empty last segment is a trailing slash, which the services do not fold into another path
            boolean emptyInside = segment.isEmpty() && s < segments.length - 1;
            if (emptyInside || ".".equals(segment) || "..".equals(segment)) {
                return false;
            }
        }
        return true;
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
