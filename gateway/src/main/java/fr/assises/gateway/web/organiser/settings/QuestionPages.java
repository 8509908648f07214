package fr.assises.gateway.web.organiser.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.clients.RegistrationSettingsClient.Choice;
import fr.assises.gateway.clients.RegistrationSettingsClient.Question;
import fr.assises.gateway.clients.RegistrationSettingsClient.Settings;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import io.smallrye.common.annotation.Blocking;

/**
 * Custom questions: add, change, move up or down, delete. Each sends the whole ordered list back
 * ({@code PUT …/settings/questions}): questions keep their id, and their choices the code at their place.
 */
@Path("/organisation/{slug}/parametres-inscription/questions")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class QuestionPages {

    private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)]\\.(\\w+).*");

    @Inject
    CongressLookup congresses;

    @Inject
    SettingsPage page;

    @Inject
    @RestClient
    RegistrationSettingsClient client;

    @POST
    public Response add(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Settings settings = requireSettings(congress);
        List<Question> questions = new ArrayList<>(settings.questionsOrEmpty());
        questions.add(typed(fields, null));
        return save(congress, settings, questions, questions.size() - 1, new Kept("q-new", fields), "qnew_",
                "question-added", "#questions");
    }

    @POST
    @Path("{id}")
    public Response change(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Settings settings = requireSettings(congress);
        List<Question> questions = new ArrayList<>(settings.questionsOrEmpty());
        int at = indexOf(questions, id);
        questions.set(at, typed(fields, questions.get(at)));
        return save(congress, settings, questions, at, new Kept("q-" + id, fields), "q" + (at + 1) + "_",
                "question-saved", "#question-" + id);
    }

    @POST
    @Path("{id}/monter")
    public Response up(@PathParam("slug") String slug, @PathParam("id") String id) {
        return move(slug, id, -1);
    }

    @POST
    @Path("{id}/descendre")
    public Response down(@PathParam("slug") String slug, @PathParam("id") String id) {
        return move(slug, id, 1);
    }

    @POST
    @Path("{id}/suppression")
    public Response delete(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        Settings settings = requireSettings(congress);
        List<Question> questions = new ArrayList<>(settings.questionsOrEmpty());
        int at = indexOf(questions, id);
        questions.remove(at);
        return save(congress, settings, questions, at, Kept.none(), "q" + (at + 1) + "_", "question-deleted",
                "#questions");
    }

    private Response move(String slug, String id, int by) {
        Dto.Congress congress = congresses.bySlug(slug);
        Settings settings = requireSettings(congress);
        List<Question> questions = new ArrayList<>(settings.questionsOrEmpty());
        int at = indexOf(questions, id);
        int to = Math.max(0, Math.min(questions.size() - 1, at + by));
        questions.add(to, questions.remove(at));
        return save(congress, settings, questions, to, Kept.none(), "q" + (to + 1) + "_", "question-moved",
                "#question-" + id);
    }

    private Response save(Dto.Congress congress, Settings settings, List<Question> questions, int at, Kept kept,
            String prefix, String flash, String anchor) {
        return page.call(() -> {
            client.saveQuestions(congress.congressId(), Map.of("questions", questions));
            return SettingsPage.saved(congress.slug(), flash, anchor);
        }, refusal -> page.page(422, congress, settings, null, kept, SettingsPage.onKeys(refusal, field -> {
            Matcher m = QUESTION_FIELD.matcher(field);
            return m.matches() && Integer.parseInt(m.group(1)) == at ? prefix + m.group(2) : null;
        })));
    }

    /** The question as typed; its choices keep the code of the stored choice at their place. */
    static Question typed(MultivaluedMap<String, String> fields, Question stored) {
        String kind = Forms.blankToNull(fields.getFirst("kind"));
        List<String> fr = lines(fields.getFirst("choicesFr"));
        List<String> en = lines(fields.getFirst("choicesEn"));
        List<Choice> choices = new ArrayList<>();
        List<Choice> before = stored == null ? List.of() : stored.choicesOrEmpty();
        for (int i = 0; i < fr.size(); i++) {
            choices.add(new Choice(i < before.size() ? before.get(i).code() : null, fr.get(i),
                    i < en.size() ? en.get(i) : fr.get(i)));
        }
        return new Question(stored == null ? null : stored.id(), null, kind, fields.getFirst("required") != null,
                Forms.blankToNull(fields.getFirst("labelFr")), Forms.blankToNull(fields.getFirst("labelEn")),
                choices);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    private Settings requireSettings(Dto.Congress congress) {
        Settings settings = page.current(congress);
        if (settings == null) {
            throw new NotFoundException();
        }
        return settings;
    }

    private static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException();
    }
}
