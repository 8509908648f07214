package fr.assises.gateway.web.organiser.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;
import io.quarkus.qute.TemplateData;

/** registration-service's billing (BillingResource), with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(5000)
public interface BillingClient {

    @GET
    @Path("congresses/{congressId}/manage/billing/settings")
    Issuer issuer(@PathParam("congressId") String congressId);

    @PUT
    @Path("congresses/{congressId}/manage/billing/settings")
    Issuer saveIssuer(@PathParam("congressId") String congressId, Map<String, Object> issuer);

    @GET
    @Path("congresses/{congressId}/manage/invoices")
    List<Document> documents(@PathParam("congressId") String congressId, @QueryParam("status") String status);

    @POST
    @Path("congresses/{congressId}/manage/invoices")
    Document issue(@PathParam("congressId") String congressId, Map<String, Object> request);

    @GET
    @Path("manage/invoices/{id}")
    Document document(@PathParam("id") String id);

    @POST
    @Path("manage/invoices/{id}/credit-note")
    Document creditNote(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("manage/invoices/{id}/payments")
    Document pay(@PathParam("id") String id, Map<String, Object> payment);

    @GET
    @Path("congresses/{congressId}/manage/invoices/reminders")
    Reminders remindersDue(@PathParam("congressId") String congressId);

    @POST
    @Path("congresses/{congressId}/manage/invoices/reminders")
    Reminders sendReminders(@PathParam("congressId") String congressId);

    @GET
    @Path("manage/registrations/{id}/payer")
    Payer payer(@PathParam("id") String registrationId);

    @PUT
    @Path("manage/registrations/{id}/payer")
    Payer savePayer(@PathParam("id") String registrationId, Map<String, Object> payer);

    @POST
    @Path("manage/registrations/{id}/quote")
    Document quote(@PathParam("id") String registrationId);

    /** The registration billed, for its name, status and fee on the page (the desk's own view is DeskClient's). */
    @GET
    @Path("manage/registrations/{id}")
    Registration registration(@PathParam("id") String registrationId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registration(String id, String congressId, String status, String category, long feeCents, String checkedInAt,
            boolean anonymised, Person person) {

        public String name() {
            return person == null ? "" : ((person.firstName() == null ? "" : person.firstName()) + " "
                    + (person.lastName() == null ? "" : person.lastName())).strip();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String firstName, String lastName) {
    }

    /** Who pays: {@code PARTICIPANT}, or {@code ORGANISATION} with its details. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payer(String kind, String name, String siret, String address, String postcode, String city, String email,
            String orderNumber, String serviceCode) {

        public boolean organisation() {
            return "ORGANISATION".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Issuer(String name, String siret, String address, BigDecimal vatRate, String vatExemption,
            Integer paymentDays, String lateMentions, String iban, String bic) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String id, String kind, String number, LocalDate issueDate, LocalDate dueDate, String creditedId,
            String creditNoteId, String creditNoteNumber, Buyer buyer, long totalCents, long paidCents, long dueCents,
            String status, List<Line> lines, List<PaymentView> payments) {

        public boolean invoice() {
            return "INVOICE".equals(kind);
        }

        public boolean payable() {
            return invoice() && dueCents > 0 && !"CREDITED".equals(status);
        }

        public boolean creditable() {
            return invoice() && creditNoteId == null;
        }

        public boolean facturx() {
            return invoice() && buyer != null && "ORGANISATION".equals(buyer.kind());
        }

        public List<PaymentView> paymentsOrEmpty() {
            return payments == null ? List.of() : payments;
        }

        /** Whether one of its lines bills this registration. */
        public boolean bills(String registrationId) {
            return lines != null && lines.stream().anyMatch(l -> registrationId.equals(l.registrationId()));
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Buyer(String kind, String name, String siret, String email, String orderNumber, String serviceCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String registrationId, String category, String label, long totalCents) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentView(String means, String reference, LocalDate paidOn, long amountCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reminders(int invoices, int mails) {
    }
}
