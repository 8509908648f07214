package fr.assises.registration.checkin;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.assises.common.security.Roles;
import fr.assises.registration.catering.Csv;

/** Badges and check-in (a participant's own badge is served with their registration). */
@Path("/api/registration")
public class CheckinResource {

    public static final String PDF = "application/pdf";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final Map<String, String> KINDS = Map.of(PointCounts.ENTRANCE, "Accueil", "WORKSHOP", "Atelier",
            "MEAL", "Repas");
    static final List<String> POINTS_HEADER = List.of("Point", "Type", "Début", "Salle", "Attendus", "Arrivés",
            "Non attendus", "Absents");

    @Inject
    CheckinService checkins;

    @Inject
    BadgeService badges;

    @Inject
    CheckinPoints points;

    @POST
    @Path("congresses/{congressId}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public CheckinResult checkIn(@PathParam("congressId") UUID congressId, @NotNull @Valid CheckinRequest request) {
        return checkins.checkIn(congressId, request);
    }

    /** Counts only, so partners may follow arrivals too. */
    @GET
    @Path("congresses/{congressId}/check-ins/counts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER })
    public ArrivalCounts counts(@PathParam("congressId") UUID congressId) {
        return checkins.counts(congressId);
    }

    /** The points a desk can choose (entrance, workshops, meals) with arrivals, expected and no-shows: counts only. */
    @GET
    @Path("congresses/{congressId}/check-ins/points")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER })
    public List<PointCounts> points(@PathParam("congressId") UUID congressId) {
        return points.points(congressId);
    }

    @GET
    @Path("congresses/{congressId}/check-ins/points.csv")
    @Produces({ "text/csv; charset=UTF-8", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response pointsCsv(@PathParam("congressId") UUID congressId) {
        List<List<Object>> rows = new ArrayList<>();
        for (PointCounts p : points.points(congressId)) {
            rows.add(List.of(p.sessionId() == null ? "Entrée" : p.title(), KINDS.get(p.kind()),
                    p.startAt() == null ? "" : WHEN.format(p.startAt()), p.roomName() == null ? "" : p.roomName(),
                    p.expected(), p.arrived(), p.unexpected(), p.noShows()));
        }
        return Response.ok(Csv.write(POINTS_HEADER, rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"emargement-par-point.csv\"").build();
    }

    @GET
    @Path("manage/registrations/{id}/badge.pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response badge(@PathParam("id") UUID id) {
        return pdf(badges.any(id), "badge.pdf");
    }

    @GET
    @Path("congresses/{congressId}/manage/badges.pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response congressBadges(@PathParam("congressId") UUID congressId,
            @QueryParam("category") @Pattern(regexp = "[A-Z0-9_]{1,40}") String category,
            @QueryParam("layout") @DefaultValue("pages") @Pattern(regexp = "pages|labels") String layout,
            @QueryParam("batch") @Min(1) Integer batch) {
        BadgeService.Sheet sheet = batch == null ? badges.congress(congressId, category)
                : badges.congress(congressId, category, batch);
        StreamingOutput body = out -> badges.render(sheet, "labels".equals(layout), out);
        String name = batch == null ? "badges.pdf" : "badges-lot-" + batch + ".pdf";
        return Response.ok(body, PDF).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** How {@code badges.pdf?batch=} cuts the congress's badges: files of a few seconds each instead of one of 25. */
    @GET
    @Path("congresses/{congressId}/manage/badge-batches")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public BadgeService.Batches badgeBatches(@PathParam("congressId") UUID congressId,
            @QueryParam("category") @Pattern(regexp = "[A-Z0-9_]{1,40}") String category) {
        return badges.batches(congressId, category);
    }

    public static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, PDF).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
