package fr.assises.gateway.web.survey;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The satisfaction survey as a page. The personal link's token is the only credential (a QR code scanned on a
 * phone works without logging in); a logged-in participant reaches it from their space
 * ({@code /espace/enquete/{slug}}). The answers are sent
 * to evaluation-service as it expects them, and its refusals are shown next to the questions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SurveyPages {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> THREE_C = List.of("conserver", "cesser", "creer");

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance survey(Visitor.Page page, String token, Dto.Survey survey, Typed typed,
                FormErrors errors, String done);
    }

    /** What the person ticked or typed, by form field name, kept when the service refuses the answers. */
    public record Typed(MultivaluedMap<String, String> fields) {

        public String value(String name) {
            return fields == null ? null : fields.getFirst(name);
        }

        public boolean has(String name, Object value) {
            return fields != null && fields.getOrDefault(name, List.of()).contains(String.valueOf(value));
        }
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @GET
    @Path("enquete/{token}")
    public TemplateInstance survey(@PathParam("token") String token) {
        return render(token, load(token), new Typed(null), FormErrors.none(), null);
    }

    @POST
    @Path("enquete/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> fields) {
        Dto.Survey survey = load(token);
        try {
            Dto.Submitted submitted = evaluation.submit(token, new Dto.Answers(answers(survey, fields)));
            return Forms.html(200, render(token, survey, new Typed(null), FormErrors.none(), submitted.message()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                return Forms.html(422, render(token, survey, new Typed(fields), FormErrors.from(e), null));
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private Dto.Survey load(String token) {
        try {
            return evaluation.survey(token, visitor.language());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private TemplateInstance render(String token, Dto.Survey survey, Typed typed, FormErrors errors, String done) {
        // lazy identity: a survey page works without logging in, so its layout is drawn as for a visitor
        return Templates.survey(visitor.anonymousPage(survey.title()), token, survey, typed, errors, done)
                .setLocale(visitor.locale());
    }

    /** The form as evaluation-service reads answers: one JSON value per question, unanswered ones left out. */
    static Map<String, JsonNode> answers(Dto.Survey survey, MultivaluedMap<String, String> fields) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Dto.SurveyQuestion q : survey.questions()) {
            String name = "a_" + q.id();
            String value = Forms.blankToNull(fields.getFirst(name));
            JsonNode answer = switch (q.type()) {
                case "MULTIPLE_CHOICE" -> {
                    ArrayNode chosen = NODES.arrayNode();
                    fields.getOrDefault(name, List.of()).forEach(chosen::add);
                    yield chosen.isEmpty() ? null : chosen;
                }
                case "LIKERT" -> value == null ? null : number(value);
                case "NUMBER" -> value == null ? null : number(value);
                case "SITUATION_SATISFACTION" -> {
                    String situation = Forms.blankToNull(fields.getFirst(name + "_situation"));
                    String satisfying = Forms.blankToNull(fields.getFirst(name + "_satisfying"));
                    if (situation == null && satisfying == null) {
                        yield null;
                    }
                    ObjectNode node = NODES.objectNode().put("situation", situation);
                    if (satisfying != null) {
                        node.put("satisfying", "yes".equals(satisfying));
                    }
                    yield node;
                }
                case "THREE_C" -> {
                    ObjectNode node = NODES.objectNode();
                    for (String column : THREE_C) {
                        ArrayNode items = NODES.arrayNode();
                        String text = fields.getFirst(name + "_" + column);
                        if (text != null) {
                            text.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(items::add);
                        }
                        if (!items.isEmpty()) {
                            node.set(column, items);
                        }
                    }
                    yield node.isEmpty() ? null : node;
                }
                case "SESSION_RATING" -> {
                    ObjectNode node = NODES.objectNode();
                    for (Dto.RatedSession s : q.sessionsOrEmpty()) {
                        String rating = Forms.blankToNull(fields.getFirst(name + "_" + s.sessionId()));
                        if (rating != null) {
                            node.set(s.sessionId(), number(rating));
                        }
                    }
                    yield node.isEmpty() ? null : node;
                }
                default -> value == null ? null : NODES.textNode(value);
            };
            if (answer != null) {
                answers.put(q.id(), answer);
            }
        }
        return answers;
    }

    /** A number when it reads as one; otherwise the text, so the service names the error on the question. */
    private static JsonNode number(String value) {
        try {
            BigDecimal number = new BigDecimal(value.replace(',', '.'));
            return number.scale() <= 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(value);
        }
    }
}
