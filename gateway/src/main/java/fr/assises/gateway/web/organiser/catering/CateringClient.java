package fr.assises.gateway.web.organiser.catering;

import java.time.OffsetDateTime;
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

/** registration-service's catering freeze (CateringResource), with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/congresses/{congressId}/manage/catering")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface CateringClient {

    @GET
    View view(@PathParam("congressId") String congressId);

    @POST
    @Path("/snapshots")
    View freeze(@PathParam("congressId") String congressId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(String congressId, OffsetDateTime freezeAt, Snapshot snapshot, List<Meal> meals,
            List<LateChange> lateChanges) {

        public List<Meal> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }

        public List<LateChange> lateChangesOrEmpty() {
            return lateChanges == null ? List.of() : lateChanges;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(String id, OffsetDateTime takenAt, String takenBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meal(String sessionId, String title, OffsetDateTime startAt, Integer frozenConfirmed,
            Integer frozenWaitlisted, Integer frozenSpecialDiets, long confirmed, long added, long removed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LateChange(String registrationId, String name, String category, String sessionId, String mealTitle,
            OffsetDateTime mealStartAt, int delta, String reason, String reasonLabel, String dietaryNeeds,
            OffsetDateTime changedAt) {
    }
}
