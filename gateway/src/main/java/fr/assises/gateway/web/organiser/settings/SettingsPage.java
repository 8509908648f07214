package fr.assises.gateway.web.organiser.settings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.clients.RegistrationSettingsClient.Invitation;
import fr.assises.gateway.clients.RegistrationSettingsClient.Question;
import fr.assises.gateway.clients.RegistrationSettingsClient.Settings;
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
 * The registration settings page, which the settings, question and invitation forms all come back to: drawn with
 * what was typed in the refused form and registration-service's refusal next to its field.
 */
@ApplicationScoped
public class SettingsPage {

    static final List<String> KINDS = List.of("SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "YES_NO",
            "NUMBER", "DATE");
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate(basePath = "organiser/settings")
    static class Templates {
        static native TemplateInstance settings(Visitor.Page page, Dto.Congress congress, Settings settings,
                SettingsForm form, List<String> dateFields, List<String> information, List<String> modes,
                List<String> kinds, Question blank, Panel<List<Invitation>> codes, String link, Kept kept,
                FormErrors errors, String flash);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    RegistrationSettingsClient client;

    /** The settings as registration-service holds them; null before they are first set. */
    Settings current(Dto.Congress congress) {
        try {
            return client.settings(congress.congressId());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    TemplateInstance render(Dto.Congress congress, Settings settings, SettingsForm form, Kept kept,
            FormErrors errors, String flash) {
        Panel<List<Invitation>> codes = settings == null ? Panel.missing("registration")
                : Calls.panel("registration", () -> client.invitations(congress.congressId()));
        String link = "/espace/inscription/" + congress.slug() + "?code=";
        return Templates.settings(visitor.page(visitor.words(SettingsMsg.class).page_title(
                congress.title())), congress, settings, form == null ? SettingsForm.of(settings) : form,
                List.of("opens", "closes", "freeze"), SettingsForm.INFORMATION, List.of("REQUIRED", "OPTIONAL", "HIDDEN"),
                KINDS, new Question(null, null, "SHORT_TEXT", false, "", "", List.of()), codes, link, kept, errors,
                flash).setLocale(visitor.locale());
    }

    Response page(int status, Dto.Congress congress, Settings settings, SettingsForm form, Kept kept,
            FormErrors errors) {
        return Forms.html(status, render(congress, settings, form, kept, errors, null));
    }

    static Response saved(String slug, String what, String anchor) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/parametres-inscription?ok=" + what + anchor))
                .build();
    }

    /**
     * Runs a call to registration-service: its refusal (problem+json) is drawn on the page, each field's message
     * on the form field {@code key} maps it to (or at the top when it maps to null); an outage becomes the
     * unavailable page.
     */
    Response call(Supplier<Response> call, Function<FormErrors, Response> refused) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return refused.apply(problem(e));
            }
            throw new ServiceUnavailable("registration");
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    /** The refusal with the service's own field paths ({@code categories[1].quota}) as keys. */
    static FormErrors problem(WebApplicationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        String detail;
        try {
            JsonNode problem = JSON.readTree(e.getResponse().readEntity(String.class));
            detail = problem.path("detail").asText(problem.path("title").asText(null));
            for (JsonNode error : problem.path("errors")) {
                fields.putIfAbsent(error.path("field").asText(""), error.path("message").asText());
            }
        } catch (Exception unreadable) {
            detail = "le service a répondu " + e.getResponse().getStatus();
        }
        return new FormErrors(fields, detail);
    }

    /** The same refusal on the page's own keys; a field without one joins the general message. */
    static FormErrors onKeys(FormErrors refusal, Function<String, String> key) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder general = new StringBuilder();
        refusal.fields().forEach((field, message) -> {
            String k = key.apply(field);
            if (k == null) {
                general.append(general.isEmpty() ? "" : " ").append(field).append(" : ").append(message);
            } else {
                fields.merge(k, message, (a, b) -> a + " " + b);
            }
        });
        String shown = fields.isEmpty() && general.isEmpty() ? refusal.general()
                : general.isEmpty() ? (fields.isEmpty() ? refusal.general() : null) : general.toString();
        return new FormErrors(fields, shown);
    }

    /** All the messages of a refusal on one key (a question's or a code's form). */
    static FormErrors onOneKey(FormErrors refusal, String key) {
        String message = refusal.fields().isEmpty() ? refusal.general()
                : String.join(" ", refusal.fields().values());
        return new FormErrors(Map.of(key, message), null);
    }
}
