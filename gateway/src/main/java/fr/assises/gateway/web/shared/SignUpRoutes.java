package fr.assises.gateway.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Where Keycloak's self-registration form comes back. The code it carries belongs to no login this gateway
 * started (there is no state cookie), so it is dropped: my space then logs in through the usual code flow, which
 * Keycloak's fresh session answers without asking again.
 */
@ApplicationScoped
public class SignUpRoutes {

    static final String RETURN_PATH = "/compte-cree";

    void register(@Observes Router router) {
        router.get(RETURN_PATH).handler(rc -> rc.response().setStatusCode(303).putHeader("Location", "/espace").end());
    }
}
