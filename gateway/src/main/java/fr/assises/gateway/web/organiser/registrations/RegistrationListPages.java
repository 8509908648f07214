package fr.assises.gateway.web.organiser.registrations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The organisers' search of the registrations, 50 a page, with the exports (through the API proxy) it filters. */
@Path("/organisation/{slug}/inscriptions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class RegistrationListPages {

    @CheckedTemplate(basePath = "organiser/registrations")
    static class Templates {
        static native TemplateInstance registrations(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.RegistrationPage> rows, Panel<Dto.Availability> availability, Search search,
                List<AnswerOption> answers);
    }

    /**
     * One answer to filter on ({@code value} "question:answer"): a choice of a choice question ({@code answer} its
     * words), or yes or no of a yes/no question ({@code yes} true or false, the words coming from the bundle).
     */
    public record AnswerOption(String value, String question, String answer, Boolean yes) {
    }

    /** Every answer the organisers can filter on: the choices of the choice questions, yes and no of yes/no ones. */
    List<AnswerOption> answerOptions(RegistrationSettingsClient.Settings settings) {
        List<AnswerOption> options = new ArrayList<>();
        String lang = visitor.language();
        for (RegistrationSettingsClient.Question q : settings.questionsOrEmpty()) {
            if (q.hasChoices()) {
                q.choicesOrEmpty().forEach(c -> options.add(
                        new AnswerOption(q.id() + ":" + c.code(), q.label(lang), c.label(lang), null)));
            } else if ("YES_NO".equals(q.kind())) {
                options.add(new AnswerOption(q.id() + ":true", q.label(lang), null, true));
                options.add(new AnswerOption(q.id() + ":false", q.label(lang), null, false));
            }
        }
        return options;
    }

    /** The organisers' search as typed, kept in the form and in the export and paging links. */
    public record Search(String q, String status, String category, String reponse, int page) {

        /** The custom question of the answer filter ("question:answer"), if any. */
        public String question() {
            return reponse == null || reponse.indexOf(':') < 1 ? null : reponse.substring(0, reponse.indexOf(':'));
        }

        public String answer() {
            return question() == null ? null : reponse.substring(reponse.indexOf(':') + 1);
        }

        /** The filters as a query string (no page), for the export links. */
        public String filters() {
            StringBuilder query = new StringBuilder();
            append(query, "status", status);
            append(query, "category", category);
            append(query, "question", question());
            append(query, "answer", answer());
            return query.toString();
        }

        /** The filters and the typed text as a query string, for the participant exports (they search alike). */
        public String exportFilters() {
            StringBuilder query = new StringBuilder(filters());
            append(query, "q", q);
            return query.toString();
        }

        /** The query string of another page of the same search. */
        public String pageQuery(int other) {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "status", status);
            append(query, "category", category);
            append(query, "reponse", reponse);
            append(query, "page", String.valueOf(other));
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    static final int PAGE_SIZE = 50;

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    ManagedExecutor executor;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    RegistrationSettingsClient settings;

    @GET
    public TemplateInstance registrations(@PathParam("slug") String slug, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("reponse") String reponse, @QueryParam("page") @DefaultValue("0") int page) {
        Dto.Congress congress = congresses.bySlug(slug);
        Search search = new Search(Forms.blankToNull(q), Forms.blankToNull(status), Forms.blankToNull(category),
                Forms.blankToNull(reponse), Math.max(0, page));
        // the three calls do not depend on each other: the page takes as long as the slowest
        CompletableFuture<Panel<Dto.RegistrationPage>> rows = Calls.start(executor, "registration",
                () -> registration.search(congress.congressId(), search.q(), search.status(), search.category(),
                        search.question(), search.answer(), search.page(), PAGE_SIZE));
        CompletableFuture<Panel<RegistrationSettingsClient.Settings>> asked = Calls.start(executor, "registration",
                () -> settings.settings(congress.congressId()));
        CompletableFuture<Panel<Dto.Availability>> availability = Calls.start(executor, "registration",
                () -> registration.availability(congress.congressId()));
        Panel<RegistrationSettingsClient.Settings> questions = Calls.await(asked, "registration");
        List<AnswerOption> answers = questions.ok() ? answerOptions(questions.data()) : List.of();
        return Templates.registrations(visitor.page(visitor.words(DeskMsg.class).list_page(
                congress.title())), congress, Calls.await(rows, "registration"), Calls.await(availability,
                "registration"), search, answers)
                .setLocale(visitor.locale());
    }
}
