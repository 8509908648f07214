package fr.assises.gateway.web.organiser.evaluation;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.Charts;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The congress's questionnaires and the results of one, shown as on the partner dashboard, with the reminders of
 * its non-respondents (counts only: the service picks and writes to them itself).
 */
@Path("/organisation/{slug}/evaluation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class ResultsPages {

    @CheckedTemplate(basePath = "organiser/evaluation")
    static class Templates {
        static native TemplateInstance results(Visitor.Page page, Dto.Congress congress,
                Panel<List<Dto.Questionnaire>> questionnaires, String chosen, Panel<Dto.Evaluation> evaluation,
                String chart, Panel<Dto.ReminderStatus> reminders, Integer sent, String refusal);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    /** By default the questionnaire with the most responses. */
    @GET
    public TemplateInstance results(@PathParam("slug") String slug, @QueryParam("questionnaire") String chosen,
            @QueryParam("relance") Integer sent) {
        return page(slug, chosen, sent, null);
    }

    /** Asks the service to remind the non-respondents; its refusal (once a day, closed…) is shown on the page. */
    @POST
    @Path("relances")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("slug") String slug, @FormParam("questionnaire") String questionnaire) {
        String id = Forms.blankToNull(questionnaire);
        if (id == null) {
            return Forms.html(422, page(slug, null, null, visitor.words(EvaluationMsg.class).questionnaire_expected()));
        }
        try {
            Dto.ReminderSent sent = evaluation.remind(id);
            return Response.seeOther(UriBuilder.fromPath("/organisation/{slug}/evaluation")
                    .queryParam("questionnaire", id).queryParam("relance", sent.recipients()).build(slug)).build();
        } catch (WebApplicationException e) {
            if (!Forms.refused(e)) {
                throw e;
            }
            return Forms.html(e.getResponse().getStatus(), page(slug, id, null, FormErrors.from(e).inOneLine()));
        }
    }

    private TemplateInstance page(String slug, String chosen, Integer sent, String refusal) {
        Dto.Congress congress = congresses.bySlug(slug);
        Panel<List<Dto.Questionnaire>> questionnaires = Calls.panel("evaluation",
                () -> evaluation.questionnaires(congress.congressId()));
        String id = Forms.blankToNull(chosen) != null ? chosen.trim()
                : questionnaires.dataOr(List.of()).stream()
                        .max(Comparator.comparingInt(Dto.Questionnaire::responseCount))
                        .map(Dto.Questionnaire::id).orElse(null);
        Panel<Dto.Evaluation> results = id == null ? Panel.of("evaluation", null)
                : Calls.panel("evaluation", () -> new Dto.Evaluation(evaluation.indicators(congress.congressId()),
                        evaluation.results(id)));
        String chart = results.ok() && results.data() != null
                ? Charts.ratings(results.data().results(), visitor.words(Msg.class).average_rating()) : null;
        Panel<Dto.ReminderStatus> reminders = id == null ? Panel.of("evaluation", null)
                : Calls.panel("evaluation", () -> evaluation.reminders(id));
        return Templates.results(visitor.page(visitor.words(EvaluationMsg.class).page_title(congress.title())),
                congress, questionnaires, id, results, chart, reminders, sent, refusal).setLocale(visitor.locale());
    }
}
