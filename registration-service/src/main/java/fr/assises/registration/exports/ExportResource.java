package fr.assises.registration.exports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.registration.organiser.SearchFilter;

/** Spreadsheets for the organising committee and the caterer; the same filters as the search. */
@Path("/api/registration/congresses/{congressId}/manage/exports")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService exports;

    @GET
    @Path("participants.csv")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    public Response participantsCsv(@PathParam("congressId") UUID congressId,
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("checkedIn") Boolean checkedIn,
            @QueryParam("lateChange") Boolean lateChange) {
        byte[] body = exports.participantsCsv(congressId,
                new SearchFilter(status, category, sessionId, checkedIn, lateChange, null));
        return file(body, CSV + "; charset=UTF-8", "participants.csv");
    }

    @GET
    @Path("participants.xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    public Response participantsXlsx(@PathParam("congressId") UUID congressId,
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
            @QueryParam("category") @Size(max = 40) String category) {
        byte[] body = exports.workbook(congressId, new SearchFilter(status, category, null, null, null, null));
        return file(body, XLSX, "inscriptions.xlsx");
    }

    @GET
    @Path("catering.csv")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    public Response cateringCsv(@PathParam("congressId") UUID congressId) {
        return file(exports.cateringCsv(congressId), CSV + "; charset=UTF-8", "restauration.csv");
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
