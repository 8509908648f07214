package fr.assises.gateway.web.organiser.certificates;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;

/** registration-service's attendance certificates for organisers (CertificateResource), with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/congresses/{congressId}/manage/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface CertificateClient {

    @GET
    Summary summary(@PathParam("congressId") String congressId);

    @PUT
    @Path("/signatory")
    @Consumes(MediaType.APPLICATION_JSON)
    Signatory signatory(@PathParam("congressId") String congressId, SignatoryRequest request);

    record SignatoryRequest(String name, String title, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Signatory(String name, String title, String city, OffsetDateTime updatedAt) {
    }

    /** Counts only: how many certificates there are, and from when participants may download theirs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(Signatory signatory, long confirmed, long certificates, long withoutCheckIn,
            LocalDate availableFrom, boolean availableToParticipants) {
    }
}
