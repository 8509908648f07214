package fr.assises.gateway.web.shared;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import fr.assises.gateway.proxy.GatewayConfig;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/** Who is looking at a page and in which language. */
@RequestScoped
public class Visitor {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest current;

    @Inject
    GatewayConfig config;

    public Locale locale() {
        return Locale.forLanguageTag(language());
    }

    public String language() {
        HttpServerRequest request = current.getCurrent().request();
        String asked = request.getParam("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            return asked;
        }
        Cookie cookie = request.getCookie(LangRoutes.COOKIE);
        if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return "fr";
    }

    /**
     * A message bundle in the page's language, for the words a page builds in Java (a title, a refusal naming what
     * was typed); templates reach the same bundles by their namespace.
     */
    public <T> T words(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language()));
    }

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Scheme, host and port this page was asked on, for an address given to another program (a calendar). */
    public String baseUrl() {
        URI uri = URI.create(current.getCurrent().request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The page info every template receives. */
    public Page page(String title) {
        HttpServerRequest request = current.getCurrent().request();
        String path = request.path();
        String other = "fr".equals(language()) ? "en" : "fr";
        String query = request.query() == null ? "" : request.query().replaceAll("(^|&)lang=[a-z]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        String switchUrl = path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
        boolean organiser = hasRole("organiser") || hasRole("admin");
        return new Page(title, language(), path, switchUrl, loggedIn(), hasRole("participant"), organiser,
                organiser || hasRole("partner"), signUpUrl());
    }

    /** Layout data for a page drawn without knowing who is looking (navigation as for a visitor). */
    public Page anonymousPage(String title) {
        HttpServerRequest request = current.getCurrent().request();
        String other = "fr".equals(language()) ? "en" : "fr";
        return new Page(title, language(), request.path(), request.path() + "?lang=" + other, false, false, false, false,
                signUpUrl());
    }

    /**
     * Keycloak's self-registration form for this realm (a code-flow request on its {@code registrations}
     * endpoint), coming back (through {@link SignUpRoutes}) to my space once the account exists.
     */
    public String signUpUrl() {
        HttpServerRequest request = current.getCurrent().request();
        String back = URI.create(request.absoluteURI()).resolve(SignUpRoutes.RETURN_PATH).toString();
        String realm = config.oidcUrl().toString().replaceAll("/+$", "");
        return realm + "/protocol/openid-connect/registrations?client_id=" + encode(config.oidcClientId())
                + "&response_type=code&scope=openid&redirect_uri=" + encode(back) + "&ui_locales=" + language();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Layout data: title, language, navigation by role. */
    public record Page(String title, String lang, String path, String switchUrl, boolean loggedIn,
            boolean participant, boolean organiser, boolean partner, String signUpUrl) {
    }
}
