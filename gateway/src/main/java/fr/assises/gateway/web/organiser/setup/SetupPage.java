package fr.assises.gateway.web.organiser.setup;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The congress set-up page, which the congress, half-day and room forms all come back to: drawn with what was typed
 * in the refused form and programme-service's refusal next to it, or after a change with a message.
 */
@ApplicationScoped
public class SetupPage {

    @CheckedTemplate(basePath = "organiser/setup")
    static class Templates {
        static native TemplateInstance setup(Visitor.Page page, Dto.Congress congress, Panel<Dto.CongressSetup> setup,
                Panel<List<Dto.RoomSetup>> rooms, Kept kept, FormErrors errors, String flash);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    ProgrammeClient programme;

    TemplateInstance render(Dto.Congress congress, Kept kept, FormErrors errors, String flash) {
        return Templates.setup(visitor.page(visitor.words(SetupMsg.class).page_title(congress.title())), congress,
                Calls.panel("programme", () -> programme.setup(congress.congressId())),
                Calls.panel("programme", () -> programme.roomSetups(congress.congressId())), kept, errors,
                flash).setLocale(visitor.locale());
    }

    /** The page again, 422, with {@code message} on {@code field}. */
    Response refused(Dto.Congress congress, Kept kept, String field, String message) {
        return Forms.html(422, render(congress, kept, new FormErrors(Map.of(field, message), null), null));
    }

    /** Back to the page after a change, with what was done and where to look. */
    static Response saved(String slug, String what, String anchor) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/configuration?ok=" + what + anchor)).build();
    }

    /**
     * Runs a set-up change: programme-service's refusal (problem+json) is shown on {@code field} of the page, with
     * what was typed; an outage or an error of the service becomes the unavailable page.
     */
    Response change(Dto.Congress congress, Kept kept, String field, Supplier<Response> change) {
        try {
            return change.get();
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors refused = FormErrors.from(e);
                FormErrors shown = "congress".equals(kept.form()) ? refused
                        : new FormErrors(Map.of(field, refused.fields().isEmpty() ? refused.general()
                                : String.join(" ", refused.fields().entrySet().stream()
                                        .map(f -> refusedOn(f.getKey(), f.getValue())).toList())), null);
                return Forms.html(422, render(congress, kept, shown, null));
            }
            throw new ServiceUnavailable("programme");
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    /** A service's refusal of a room field, after the field's name. */
    private String refusedOn(String field, String message) {
        SetupMsg words = visitor.words(SetupMsg.class);
        return switch (field) {
            case "name" -> words.room_name_refused(message);
            case "capacity" -> words.capacity_refused(message);
            default -> message;
        };
    }
}
