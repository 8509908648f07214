package fr.assises.registration.billing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;
import fr.assises.registration.exports.Table;
import fr.assises.registration.exports.TableWriters;

/** The committee's billing: issuer, invoices, credit notes, quotes, payments. */
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class BillingResource {

    @Inject
    BillingSettingsService settings;

    @Inject
    Invoicing invoicing;

    @Inject
    BillingReads reads;

    @Inject
    Payments payments;

    @Inject
    DocumentFiles files;

    @Inject
    OverdueReminders reminders;

    @Inject
    PaymentsExport export;

    public record CreditNoteRequest(@Size(max = 500) String reason) {
    }

    @GET
    @Path("congresses/{congressId}/manage/billing/settings")
    public BillingSettingsView settings(@PathParam("congressId") UUID congressId) {
        return settings.get(congressId);
    }

    @PUT
    @Path("congresses/{congressId}/manage/billing/settings")
    public BillingSettingsView putSettings(@PathParam("congressId") UUID congressId,
            @NotNull @Valid BillingSettingsRequest request) {
        return settings.put(congressId, request);
    }

    @GET
    @Path("congresses/{congressId}/manage/invoices")
    public List<DocumentView> list(@PathParam("congressId") UUID congressId, @QueryParam("kind") String kind,
            @QueryParam("status") String status) {
        if (kind != null && !List.of(BillingDocument.INVOICE, BillingDocument.CREDIT_NOTE, BillingDocument.QUOTE)
                .contains(kind)) {
            throw ProblemException.invalidField("kind", "INVOICE, CREDIT_NOTE ou QUOTE");
        }
        return reads.list(congressId, kind, status);
    }

    @POST
    @Path("congresses/{congressId}/manage/invoices")
    public Response issue(@PathParam("congressId") UUID congressId, @NotNull @Valid IssueRequest request) {
        UUID id = invoicing.issue(congressId, request);
        return Response.created(URI.create("/api/registration/manage/invoices/" + id)).entity(reads.get(id)).build();
    }

    @GET
    @Path("manage/invoices/{id}")
    public DocumentView get(@PathParam("id") UUID id) {
        return reads.get(id);
    }

    @GET
    @Path("manage/invoices/{id}/document.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        DocumentView d = reads.get(id);
        return Response.ok(files.pdf(id)).header("Content-Disposition",
                "attachment; filename=\"" + d.number() + ".pdf\"").build();
    }

    @GET
    @Path("manage/invoices/{id}/facturx.pdf")
    @Produces("application/pdf")
    public Response facturx(@PathParam("id") UUID id) {
        DocumentView d = reads.get(id);
        return Response.ok(files.facturx(id)).header("Content-Disposition",
                "attachment; filename=\"" + d.number() + "-facturx.pdf\"").build();
    }

    @POST
    @Path("manage/invoices/{id}/credit-note")
    public Response creditNote(@PathParam("id") UUID id, @Valid CreditNoteRequest request) {
        UUID note = invoicing.creditNote(id, request == null ? null : request.reason());
        return Response.created(URI.create("/api/registration/manage/invoices/" + note)).entity(reads.get(note))
                .build();
    }

    @POST
    @Path("manage/invoices/{id}/payments")
    public Response pay(@PathParam("id") UUID id, @NotNull @Valid PaymentRequest request) {
        DocumentView after = payments.record(id, request);
        return Response.status(Response.Status.CREATED).entity(after).build();
    }

    @GET
    @Path("congresses/{congressId}/manage/invoices/reminders")
    public OverdueReminders.Outcome remindersDue(@PathParam("congressId") UUID congressId) {
        return reminders.due(congressId);
    }

    @POST
    @Path("congresses/{congressId}/manage/invoices/reminders")
    public OverdueReminders.Outcome sendReminders(@PathParam("congressId") UUID congressId) {
        return reminders.send(congressId);
    }

    @GET
    @Path("congresses/{congressId}/manage/billing/payments.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response paymentsCsv(@PathParam("congressId") UUID congressId) {
        Table table = export.table(congressId);
        StreamingOutput body = out -> TableWriters.csv(table, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"paiements.csv\"").build();
    }

    @GET
    @Path("congresses/{congressId}/manage/billing/payments.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response paymentsXlsx(@PathParam("congressId") UUID congressId) {
        Table table = export.table(congressId);
        StreamingOutput body = out -> TableWriters.xlsx(List.of(table), out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"paiements.xlsx\"").build();
    }

    @POST
    @Path("manage/registrations/{id}/quote")
    public Response quote(@PathParam("id") UUID registrationId) {
        UUID id = invoicing.quote(registrationId);
        return Response.created(URI.create("/api/registration/manage/invoices/" + id)).entity(reads.get(id)).build();
    }
}
