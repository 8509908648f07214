package fr.assises.gateway.web.organiser.questionnaires;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The questionnaire builder: each form sends one call of evaluation-service's builder API (schedule, add a section,
 * a question, a ready contextual question, publish, close, copy) and evaluation-service keeps every rule; the preview
 * and paper entry are in {@link SurveyFormPages}, the confirmations and the extension in {@link LifecyclePages}. Changes to what is already there are in {@link QuestionEditPages}.
 * The builder's classes share one class path, {@code /organisation/{slug}/questionnaires}, so routing stays the
 * one the builder had: a class at {@code …/{id}} would also match the list's {@code …/clonage}.
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class QuestionnaireBuilderPages {

    @Inject
    CongressLookup congresses;

    @Inject
    BuilderPage builder;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @GET
    @Path("{id}")
    public TemplateInstance builder(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("ok") String flash) {
        return builder.render(congresses.bySlug(slug), id, Typed.none(), FormErrors.none(), flash);
    }

    @POST
    @Path("{id}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSection(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "section", fields, () -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("title", BuilderFields.label(fields.getFirst("title"), fields.getFirst("titleEn")));
            String intro = Forms.blankToNull(fields.getFirst("intro"));
            if (intro != null) {
                request.put("intro", Map.of("fr", intro.trim()));
            }
            evaluation.addSection(id, request);
        }, "section");
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "question", fields, () -> {
            Map<String, Object> question = new LinkedHashMap<>();
            String type = Forms.blankToNull(fields.getFirst("type"));
            question.put("type", type);
            question.put("label", BuilderFields.label(fields.getFirst("label"), fields.getFirst("labelEn")));
            String help = Forms.blankToNull(fields.getFirst("help"));
            if (help != null) {
                question.put("help", Map.of("fr", help.trim()));
            }
            question.put("required", fields.containsKey("required"));
            List<String> options = BuilderFields.lines(fields.getFirst("options"));
            if (!options.isEmpty()) {
                List<Map<String, Object>> choices = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    choices.add(Map.of("code", "C" + (i + 1), "label", Map.of("fr", options.get(i))));
                }
                question.put("options", choices);
            }
            List<String> points = BuilderFields.lines(fields.getFirst("scale"));
            if (!points.isEmpty()) {
                List<Map<String, Object>> scale = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    scale.add(Map.of("value", i + 1, "label", Map.of("fr", points.get(i))));
                }
                question.put("scale", scale);
            }
            String satisfaction = Forms.blankToNull(fields.getFirst("satisfactionLabel"));
            if (satisfaction != null) {
                question.put("satisfactionLabel", Map.of("fr", satisfaction.trim()));
            }
            FormErrors unreadable = new FormErrors(new LinkedHashMap<>(), null);
            builder.putNumber(question, "maxSelections", fields, unreadable, true);
            builder.putNumber(question, "min", fields, unreadable, false);
            builder.putNumber(question, "max", fields, unreadable, false);
            builder.putNumber(question, "maxLength", fields, unreadable, true);
            if (unreadable.any()) {
                throw new Unreadable(unreadable);
            }
            String section = Forms.blankToNull(fields.getFirst("section"));
            evaluation.addQuestion(id, section == null ? "-" : section, question);
        }, "question");
    }

    @POST
    @Path("{id}/contextual")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addContextual(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "contextual", fields, () -> {
            String section = Forms.blankToNull(fields.getFirst("section"));
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("key", fields.getFirst("key") == null ? "" : fields.getFirst("key"));
            evaluation.addContextual(id, section == null ? "-" : section, request);
        }, "contextual");
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "schedule", fields, () -> {
            Map<String, Object> request = new LinkedHashMap<>();
            builder.putDate(request, "opensAt", fields, "schedule");
            builder.putDate(request, "closesAt", fields, "schedule");
            evaluation.schedule(id, request);
        }, "schedule");
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("slug") String slug, @PathParam("id") String id) {
        return builder.act(slug, id, "publish", new MultivaluedHashMap<>(), () -> evaluation.publish(id),
                "published");
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("slug") String slug, @PathParam("id") String id) {
        return builder.act(slug, id, "close", new MultivaluedHashMap<>(), () -> evaluation.close(id),
                "closed");
    }

    /** A draft copy of this questionnaire in the same congress, e.g. to change a published one. */
    @POST
    @Path("{id}/clone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cloneHere(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        try {
            Builder.Detail copy = builder.cloned(id, congress, fields.getFirst("title"));
            return Response.seeOther(URI.create(BuilderPage.base(slug) + "/" + copy.id() + "?ok=cloned")).build();
        } catch (WebApplicationException e) {
            return Forms.html(422, builder.render(congress, id, new Typed("clone", fields),
                    BuilderPage.cloneRefusal(e, "clone-title"), null));
        }
    }
}
