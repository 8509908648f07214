package fr.assises.gateway.protection;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers set on every response, proxied or not, just before they are written. Names and values are made once, as
 * Vert.x's pre-encoded header strings: they are written on every response.
 */
final class SecurityHeaders {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence STRICT_ORIGIN = HttpHeaders.createOptimized("strict-origin-when-cross-origin");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence PERMISSIONS_POLICY = HttpHeaders.createOptimized("Permissions-Policy");
    private static final CharSequence PERMISSIONS = HttpHeaders.createOptimized(
            "camera=(self), microphone=(), geolocation=()");
    private static final CharSequence HSTS = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence HSTS_VALUE = HttpHeaders.createOptimized("max-age=31536000; includeSubDomains");

    private final CharSequence csp;

    /** @param formAction the origins forms may post to (the CSP's {@code form-action}) */
    SecurityHeaders(String formAction) {
        this.csp = HttpHeaders.createOptimized(CSP + "; form-action " + formAction);
    }

    void apply(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set(CONTENT_SECURITY_POLICY, csp);
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, STRICT_ORIGIN);
        headers.set(FRAME_OPTIONS, DENY);
        headers.set(PERMISSIONS_POLICY, PERMISSIONS);
        if ("https".equals(rc.request().scheme())) {
            headers.set(HSTS, HSTS_VALUE);
        } else {
            // a plain-HTTP response must not carry HSTS (a proxied service might have set one)
            headers.remove(HSTS);
        }
    }
}
