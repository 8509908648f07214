package fr.assises.registration.billing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;
import fr.assises.registration.registering.MyRegistrations;

/**
 * A participant's invoices, credit notes and quotes for their own registration. A grouped invoice (an employer
 * paying for several people) shows its number, status and the person's own amount, never the others' lines, and
 * its file goes to the employer, not to each person.
 */
@Path("/api/registration/me/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTICIPANT)
public class MyBillingResource {

    @Inject
    MyRegistrations mine;

    @Inject
    BillingReads reads;

    @Inject
    DocumentFiles files;

    @Inject
    Invoicing invoicing;

    @Inject
    JsonWebToken jwt;

    @Inject
    Payers payers;

    @GET
    @Path("{id}/payer")
    public Payer.PayerView payer(@PathParam("id") UUID id) {
        return payers.view(mine.owned(jwt.getSubject(), id).id);
    }

    /** One document as its participant sees it. */
    public record MyDocument(UUID id, String kind, String number, LocalDate issueDate, LocalDate dueDate,
            String buyerName, String orderNumber, long totalCents, long ownCents, String status, boolean grouped,
            String creditNoteNumber) {
    }

    @GET
    @Path("{id}/invoices")
    public List<MyDocument> list(@PathParam("id") UUID id) {
        UUID registrationId = mine.owned(jwt.getSubject(), id).id;
        return reads.ofRegistration(registrationId).stream().map(d -> {
            long own = d.lines().stream().filter(l -> registrationId.equals(l.registrationId()))
                    .mapToLong(DocumentView.Line::totalCents).sum();
            return new MyDocument(d.id(), d.kind(), d.number(), d.issueDate(), d.dueDate(), d.buyer().name(),
                    d.buyer().orderNumber(), d.totalCents(), own, d.status(), grouped(d, registrationId),
                    d.creditNoteNumber());
        }).toList();
    }

    @GET
    @Path("{id}/invoices/{documentId}/document.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        UUID registrationId = mine.owned(jwt.getSubject(), id).id;
        DocumentView d = reads.ofRegistration(registrationId).stream().filter(v -> v.id().equals(documentId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Document introuvable."));
        if (grouped(d, registrationId)) {
            throw ProblemException.businessRule("Cette facture groupée est adressée à l’organisation qui paie : "
                    + "demandez-la à son service comptable.");
        }
        return Response.ok(files.pdf(documentId)).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.number() + ".pdf\"").build();
    }

    /** A quote (devis) for the person's employer to commit the expense, before or after confirmation. */
    @POST
    @Path("{id}/quote")
    public Response quote(@PathParam("id") UUID id) {
        UUID registrationId = mine.owned(jwt.getSubject(), id).id;
        UUID quote = invoicing.quote(registrationId);
        return Response.created(URI.create("/api/registration/me/registrations/" + id + "/invoices/" + quote
                + "/document.pdf")).entity(list(id).stream().filter(d -> d.id().equals(quote)).findFirst().orElseThrow())
                .build();
    }

    private static boolean grouped(DocumentView d, UUID registrationId) {
        return d.lines().stream().anyMatch(l -> !registrationId.equals(l.registrationId()));
    }
}
