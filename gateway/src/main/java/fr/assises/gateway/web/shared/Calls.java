package fr.assises.gateway.web.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Runs one call to a service for a page panel: a 404 becomes a panel with nothing yet, whatever else goes wrong an
 * unavailable panel. A page that needs several independent calls starts them together ({@link #start}, on the
 * request-context-propagating {@code ManagedExecutor}) and waits for each ({@link #await}), so it takes as long as
 * its slowest call, not their sum.
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

    /** The same call started on {@code executor}, which carries the request's context (the caller's token). */
    public static <T> CompletableFuture<Panel<T>> start(ManagedExecutor executor, String service, Supplier<T> call) {
        return executor.supplyAsync(() -> panel(service, call));
    }

    /** A started call's panel; unavailable if it takes more than five seconds (each call also has its own timeout). */
    public static <T> Panel<T> await(CompletableFuture<Panel<T>> call, String service) {
        try {
            return call.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Panel.unavailable(service);
        } catch (Exception e) {
            return Panel.unavailable(service);
        }
    }
}
