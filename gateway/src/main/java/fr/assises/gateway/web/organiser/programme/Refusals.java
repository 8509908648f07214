package fr.assises.gateway.web.organiser.programme;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;

/**
 * Runs a change of the programme: programme-service's refusal (problem+json) goes back to the form through
 * {@code refused}; an outage or an error of the service becomes the unavailable page.
 */
final class Refusals {

    private Refusals() {
    }

    interface OnRefusal {
        Response show(FormErrors errors);
    }

    static Response run(Supplier<Response> change, OnRefusal refused) {
        try {
            return change.get();
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return refused.show(FormErrors.from(e));
            }
            throw new ServiceUnavailable("programme");
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }
}
