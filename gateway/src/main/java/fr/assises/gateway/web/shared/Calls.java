package fr.assises.gateway.web.shared;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

/**
 * Runs one call to a service for a page panel: a 404 becomes a panel with nothing yet, whatever else goes wrong an
 * unavailable panel.
 */
public final class Calls {

    private static final Logger LOG = Logger.getLogger(Calls.class);

    private Calls() {
    }

    public static <T> Panel<T> panel(String service, Supplier<T> call) {
        try {
            return Panel.of(service, call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Panel.missing(service);
            }
            LOG.warnf("%s answered %d to a page call", service, status);
            return Panel.unavailable(service);
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable for a page call: %s", service, e.getClass().getSimpleName());
            return Panel.unavailable(service);
        }
    }
}
