package fr.assises.gateway.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The anti-CSRF token every form posts, written by the {@code {#csrf /}} tag ({@code templates/tags/csrf.html}).
 * quarkus-rest-csrf puts it on the request (a new one, or the one of the {@code csrf-token} cookie) and checks that a
 * form sends back the value of that cookie; a page drawn before its filter ran (a 403 page) falls back on the cookie.
 */
@ApplicationScoped
@Named("formToken")
public class FormTokens {

    /** Where quarkus-rest-csrf keeps the request's token. */
    static final String TOKEN_KEY = "csrf_token";
    /** Set by quarkus-rest-csrf once a form's token matched its cookie. */
    static final String VERIFIED_KEY = "csrf_token_verified";

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @Inject
    CurrentVertxRequest current;

    public String name() {
        return fieldName;
    }

    public String value() {
        RoutingContext rc = current.getCurrent();
        Object token = rc.get(TOKEN_KEY);
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = rc.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
