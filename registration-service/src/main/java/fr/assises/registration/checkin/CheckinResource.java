package fr.assises.registration.checkin;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

/** Badges and check-in (a participant's own badge is served with their registration). */
@Path("/api/registration")
public class CheckinResource {

    public static final String PDF = "application/pdf";

    @Inject
    CheckinService checkins;

    @Inject
    BadgeService badges;

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
            @QueryParam("layout") @DefaultValue("pages") @Pattern(regexp = "pages|labels") String layout) {
        BadgeService.Sheet sheet = badges.congress(congressId, category);
        StreamingOutput body = out -> badges.render(sheet, "labels".equals(layout), out);
        return Response.ok(body, PDF).header("Content-Disposition", "attachment; filename=\"badges.pdf\"").build();
    }

    public static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, PDF).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
