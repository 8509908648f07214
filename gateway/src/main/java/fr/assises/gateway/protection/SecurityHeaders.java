package fr.assises.gateway.protection;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** Headers set on every response, proxied or not, just before they are written. */
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

    private SecurityHeaders() {
    }

    static void apply(RoutingContext rc, String formAction) {
        MultiMap headers = rc.response().headers();
        headers.set("Content-Security-Policy", CSP + "; form-action " + formAction);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if ("https".equals(rc.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        } else {
            // a plain-HTTP response must not carry HSTS (a proxied service might have set one)
            headers.remove("Strict-Transport-Security");
        }
    }
}
