package fr.assises.gateway.web.survey;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * evaluation-service prints personal survey links (and QR codes) as {@code /api/evaluation/survey/{token}} on the
 * gateway. A browser opening one is sent to the survey page; API clients asking for JSON still reach the API.
 */
@ApplicationScoped
public class SurveyLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    void register(@Observes Router router) {
        // before the API proxy (order -100)
        router.get("/api/evaluation/survey/:token").order(-110).handler(rc -> {
            String token = rc.pathParam("token");
            String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains("text/html") && TOKEN.matcher(token).matches()) {
                rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/enquete/" + token).end();
            } else {
                rc.next();
            }
        });
    }
}
