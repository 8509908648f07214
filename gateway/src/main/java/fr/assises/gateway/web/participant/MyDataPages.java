package fr.assises.gateway.web.participant;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * My data (RGPD): what registration-service holds about one of my registrations, read in words, and its erasure
 * after a page saying what will happen. The JSON download is the service's own, through the API proxy.
 */
@Path("/espace/donnees/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class MyDataPages {

    @CheckedTemplate(basePath = "participant")
    static class Templates {
        static native TemplateInstance myData(Visitor.Page page, String registrationId, String congressTitle,
                List<Answer> rows, List<Answer> answers, List<String> checkins, String exportedAt);

        static native TemplateInstance eraseConfirm(Visitor.Page page, String registrationId, String congressTitle);
    }

    /** One answer to a committee's question, in words. */
    public record Answer(String question, String value) {
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    ParticipantClient participant;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    RegistrationSettingsClient custom;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @GET
    public TemplateInstance data(@PathParam("id") String id) {
        JsonNode data = call(() -> participant.personalData(id));
        String congressId = data.path("registration").path("congressId").asText(null);
        List<Answer> answers = answers(congressId, data.path("registration").path("answers"));
        List<String> checkins = new ArrayList<>();
        data.path("checkins").forEach(c -> checkins.add(when(c.path("at"))));
        return Templates.myData(visitor.page(visitor.words(MySpaceMsg.class).data_title()), id, title(congressId),
                rows(data.path("registration")), answers, checkins, when(data.path("exportedAt")))
                .setLocale(visitor.locale());
    }

    @GET
    @Path("effacement")
    public TemplateInstance confirm(@PathParam("id") String id) {
        Dto.Registration mine = call(() -> registration.mine()).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
        return Templates.eraseConfirm(visitor.page(visitor.words(MySpaceMsg.class).erase_title()), id,
                title(mine.congressId())).setLocale(visitor.locale());
    }

    @POST
    @Path("effacement")
    public Response erase(@PathParam("id") String id) {
        call(() -> {
            participant.erase(id);
            return null;
        });
        return Response.seeOther(URI.create("/espace?ok=erased")).build();
    }

    private String title(String congressId) {
        return Calls.panel("programme", programme::congresses).dataOr(List.of()).stream()
                .filter(c -> c.congressId().equals(congressId)).map(Dto.Congress::title).findFirst()
                .orElse(visitor.words(MySpaceMsg.class).data_congress());
    }

    /** What the registration holds, one line per piece of information, in words. */
    private List<Answer> rows(JsonNode r) {
        List<Answer> rows = new ArrayList<>();
        Msg fields = visitor.words(Msg.class);
        MySpaceMsg mine = visitor.words(MySpaceMsg.class);
        JsonNode p = r.path("person");
        add(rows, fields.field_firstName(), p.path("firstName").asText(null));
        add(rows, fields.field_lastName(), p.path("lastName").asText(null));
        add(rows, fields.field_email(), p.path("email").asText(null));
        add(rows, fields.field_organisation(), p.path("organisation").asText(null));
        add(rows, fields.field_jobTitle(), p.path("jobTitle").asText(null));
        add(rows, mine.data_grade(), p.path("statutoryCategory").asText(null));
        add(rows, mine.data_accessibility(), p.path("accessibilityNeeds").asText(null));
        add(rows, fields.field_dietaryNeeds(), p.path("dietaryNeeds").asText(null));
        List<String> days = new ArrayList<>();
        r.path("days").forEach(d -> days.add(Formats.longDate(LocalDate.parse(d.asText()), visitor.locale())));
        add(rows, fields.field_days(), String.join(", ", days));
        List<String> sessions = new ArrayList<>();
        r.path("workshops").forEach(w -> sessions.add(w.path("title").asText("")));
        r.path("meals").forEach(m -> sessions.add(m.path("title").asText("")));
        add(rows, mine.data_choices(), String.join(", ", sessions));
        add(rows, mine.data_language(),
                "en".equals(r.path("language").asText()) ? mine.data_language_en() : mine.data_language_fr());
        JsonNode consent = r.path("consent");
        if (consent.hasNonNull("version")) {
            add(rows, mine.data_consent(),
                    mine.data_consent_version(consent.path("version").asText(), when(consent.path("acceptedAt"))));
        }
        add(rows, mine.data_created(), when(r.path("createdAt")));
        return rows;
    }

    private static void add(List<Answer> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Answer(label, value));
        }
    }

    private String when(JsonNode instant) {
        return instant.isTextual() ? Formats.dateTime(OffsetDateTime.parse(instant.asText()), visitor.locale()) : "";
    }

    /** The answers with the questions' and choices' words from the settings; an unknown code is shown as stored. */
    private List<Answer> answers(String congressId, JsonNode stored) {
        List<Answer> answers = new ArrayList<>();
        if (congressId == null || !stored.isObject() || stored.isEmpty()) {
            return answers;
        }
        RegistrationSettingsClient.Settings settings = Calls.panel("registration", () -> custom.settings(congressId))
                .dataOr(null);
        List<RegistrationSettingsClient.Question> questions = settings == null ? List.of() : settings.questionsOrEmpty();
        String lang = visitor.language();
        stored.fields().forEachRemaining(e -> {
            RegistrationSettingsClient.Question q = questions.stream().filter(x -> x.id().equals(e.getKey()))
                    .findFirst().orElse(null);
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(word(q, v, lang)));
            } else {
                values.add(word(q, e.getValue(), lang));
            }
            answers.add(new Answer(q == null ? e.getKey() : q.label(lang), String.join(", ", values)));
        });
        return answers;
    }

    private String word(RegistrationSettingsClient.Question q, JsonNode value, String lang) {
        String text = value.asText();
        if (value.isBoolean()) {
            MySpaceMsg w = visitor.words(MySpaceMsg.class);
            return value.asBoolean() ? w.data_yes() : w.data_no();
        }
        if (q != null) {
            for (RegistrationSettingsClient.Choice c : q.choicesOrEmpty()) {
                if (c.code().equals(text)) {
                    return c.label(lang);
                }
            }
        }
        return text;
    }

    /** Another person's registration answers 404 from the service, and so here. */
    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }
}
