package fr.assises.gateway.web.organiser.mailings;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.assises.gateway.clients.CallerToken;

/** registration-service's mailings and reminders (MailingResource, ReminderResource) with their shapes. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/congresses/{congressId}/manage")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(20000)
public interface MailingClient {

    @POST
    @Path("/mailings/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    Preview preview(@PathParam("congressId") String congressId, Request request);

    @POST
    @Path("/mailings")
    @Consumes(MediaType.APPLICATION_JSON)
    Sent send(@PathParam("congressId") String congressId, Request request);

    @GET
    @Path("/mailings")
    List<Mailing> history(@PathParam("congressId") String congressId, @QueryParam("limit") int limit);

    @GET
    @Path("/mailings/{mailingId}/recipients")
    List<Recipient> recipients(@PathParam("congressId") String congressId, @PathParam("mailingId") String mailingId);

    @GET
    @Path("/reminders")
    Due remindersDue(@PathParam("congressId") String congressId);

    @POST
    @Path("/reminders")
    Sent sendReminders(@PathParam("congressId") String congressId);

    /** A MailingRequest: the French mail, the English one (optional), the search's filters. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String subject, String text, String subjectEn, String textEn, String status, String category,
            String sessionId, String q, String question, String answer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String subject, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Preview(int recipients, int english, String sampleName, Message fr, Message en) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sent(int sent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Due(int due) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Filter(String status, String category, String sessionId, Boolean checkedIn, Boolean lateChange, String q,
            String question, String answer) {

        public String statusOrEmpty() {
            return status == null ? "" : status;
        }

        public String qOrEmpty() {
            return q == null ? "" : q;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mailing(String id, String kind, String subjectFr, String subjectEn, String textFr, String textEn,
            Filter filter, int recipients, String sentBy, OffsetDateTime sentAt) {

        public Filter filterOrEmpty() {
            return filter == null ? new Filter(null, null, null, null, null, null, null, null) : filter;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recipient(String registrationId, String name, String email) {
    }
}
