package fr.assises.gateway.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;

/** {@code ?lang=en} (or {@code fr}) on any page remembers the choice in a cookie for the next pages. */
@ApplicationScoped
public class LangRoutes {

    static final String COOKIE = "lang";

    void register(@Observes Router router) {
        router.route().order(-4000).handler(rc -> {
            String lang = rc.request().getParam("lang");
            if (lang != null && Visitor.LANGUAGES.contains(lang)) {
                rc.response().addCookie(Cookie.cookie(COOKIE, lang).setPath("/").setMaxAge(31_536_000L)
                        .setSameSite(CookieSameSite.LAX).setHttpOnly(true));
            }
            rc.next();
        });
    }
}
