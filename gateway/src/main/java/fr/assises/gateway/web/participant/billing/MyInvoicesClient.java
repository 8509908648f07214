package fr.assises.gateway.web.participant.billing;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;
import io.quarkus.qute.TemplateData;

/** A participant's own invoices and credit notes (registration-service's MyBillingResource), for My space. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/me/registrations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface MyInvoicesClient {

    @GET
    @Path("invoices")
    List<MyDocument> invoices(@PathParam("id") String registrationId);

    /** A quote (devis) for the person's employer; 422 without an issuer or for a free registration. */
    @POST
    @Path("quote")
    MyDocument quote(@PathParam("id") String registrationId);

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MyDocument(String id, String kind, String number, LocalDate issueDate, LocalDate dueDate, String buyerName,
            String orderNumber, long totalCents, long ownCents, String status, boolean grouped,
            String creditNoteNumber) {

        public boolean quote() {
            return "QUOTE".equals(kind);
        }
    }
}
