package fr.assises.gateway.web.organiser.checkin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The check-in desk, usable on a phone: the desk chooses its point (the entrance, a workshop or a meal of the
 * programme), then badge codes typed or scanned there; one message per scan, and the arrivals per point. On
 * opening, the congress's badges to print, one file per batch of people in name order.
 */
@Path("/organisation/{slug}/accueil")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CheckInPages {

    static final String ENTRANCE = "ENTRANCE";

    /** What the desk shows: the chosen point, the last scan or its refusal, the counts. */
    public record Desk(String point, CheckinClient.Point current, String token, CheckinClient.Result result,
            String tokenError, String pointError, Panel<List<CheckinClient.Point>> points,
            Panel<Dto.ArrivalCounts> arrivals, Map<String, String> categoryLabels, Panel<BadgeClient.Batches> badges) {

        public String categoryLabel(String code) {
            return code == null ? "" : categoryLabels.getOrDefault(code, code);
        }
    }

    @CheckedTemplate(basePath = "organiser/checkin")
    static class Templates {
        static native TemplateInstance checkIn(Visitor.Page page, Dto.Congress congress, Desk desk);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    CheckinClient checkins;

    @Inject
    @RestClient
    BadgeClient badgeFiles;

    @GET
    public TemplateInstance checkInForm(@PathParam("slug") String slug, @QueryParam("point") String point) {
        Dto.Congress congress = congresses.bySlug(slug);
        Panel<BadgeClient.Batches> badges = Calls.panel("registration",
                () -> badgeFiles.batches(congress.congressId()));
        return page(congress, pointOf(point), null, null, null, null, badges);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("slug") String slug, @FormParam("token") String token,
            @FormParam("point") String point) {
        Dto.Congress congress = congresses.bySlug(slug);
        String typed = token == null ? "" : token.trim();
        String chosen = pointOf(point);
        try {
            CheckinClient.Result result = checkins.checkIn(congress.congressId(),
                    new CheckinClient.Request(typed, chosen));
            return Forms.html(200, page(congress, chosen, null, result, null, null, null));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors errors = FormErrors.from(e);
                if (errors.has("checkpoint")) {
                    return Forms.html(422, page(congress, chosen, typed, null, null, errors.get("checkpoint"), null));
                }
                String message = errors.has("token") ? errors.get("token") : errors.general();
                return Forms.html(422, page(congress, chosen, typed, null, message, null, null));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private static String pointOf(String point) {
        String p = Forms.blankToNull(point);
        return p == null ? ENTRANCE : p;
    }

    /** {@code badges}: null after a scan (the desk is scanning, not printing). */
    private TemplateInstance page(Dto.Congress congress, String point, String token, CheckinClient.Result result,
            String tokenError, String pointError, Panel<BadgeClient.Batches> badges) {
        Panel<List<CheckinClient.Point>> points = Calls.panel("registration",
                () -> checkins.points(congress.congressId()));
        CheckinClient.Point current = points.ok() ? points.data().stream()
                .filter(p -> p.checkpoint().equals(point)).findFirst().orElse(null) : null;
        Panel<Dto.Availability> availability = Calls.panel("registration",
                () -> registration.availability(congress.congressId()));
        Map<String, String> labels = availability.ok() ? availability.data().categoriesOrEmpty().stream()
                .collect(Collectors.toMap(Dto.CategoryPlaces::code, c -> c.label(visitor.language()), (a, b) -> a))
                : Map.of();
        Desk desk = new Desk(point, current, token, result, tokenError, pointError, points,
                ENTRANCE.equals(point) ? Calls.panel("registration", () -> registration.arrivals(congress.congressId()))
                        : null,
                labels, badges);
        return Templates.checkIn(visitor.page(visitor.t("Accueil – ", "Check-in – ") + congress.title()), congress,
                desk).setLocale(visitor.locale());
    }
}
