package fr.assises.registration.exports;

import java.util.List;
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
import jakarta.ws.rs.core.StreamingOutput;

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
            @QueryParam("lateChange") Boolean lateChange,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("question") UUID question,
            @QueryParam("answer") @Size(max = 200) String answer) {
        Table table = exports.participantsCsv(congressId,
                new SearchFilter(status, category, sessionId, checkedIn, lateChange, text, question, answer));
        return file(out -> TableWriters.csv(table, out), CSV + "; charset=UTF-8", "participants.csv");
    }

    @GET
    @Path("participants.xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    public Response participantsXlsx(@PathParam("congressId") UUID congressId,
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("question") UUID question,
            @QueryParam("answer") @Size(max = 200) String answer) {
        List<Table> tables = exports.workbook(congressId,
                new SearchFilter(status, category, null, null, null, text, question, answer));
        return file(out -> TableWriters.xlsx(tables, out), XLSX, "inscriptions.xlsx");
    }

    @GET
    @Path("catering.csv")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    public Response cateringCsv(@PathParam("congressId") UUID congressId) {
        Table table = exports.cateringCsv(congressId);
        return file(out -> TableWriters.csv(table, out), CSV + "; charset=UTF-8", "restauration.csv");
    }

    /** The rows are read (in the service's transaction) before the answer starts; the file is written as it streams. */
    private static Response file(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
