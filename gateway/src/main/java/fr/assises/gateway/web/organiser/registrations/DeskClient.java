package fr.assises.gateway.web.organiser.registrations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.assises.gateway.clients.CallerToken;
import fr.assises.gateway.clients.Dto;

/** registration-service's organiser desk as the desk pages see it (RegistrationView, ImportResult shapes). */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(10000)
public interface DeskClient {

    @GET
    @Path("/manage/registrations/{id}")
    Detail get(@PathParam("id") String id);

    @GET
    @Path("/manage/registrations/{id}/cancel-reason")
    Map<String, String> cancelReason(@PathParam("id") String id);

    @DELETE
    @Path("/manage/registrations/{id}")
    Detail cancel(@PathParam("id") String id, @QueryParam("reason") String reason);

    @PUT
    @Path("/manage/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Detail change(@PathParam("id") String id, Change change);

    @POST
    @Path("/congresses/{congressId}/manage/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Detail add(@PathParam("congressId") String congressId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            Added registration);

    @GET
    @Path("/congresses/{congressId}/manage/catering")
    Catering catering(@PathParam("congressId") String congressId);

    @POST
    @Path("/congresses/{congressId}/manage/imports")
    @Consumes("text/csv")
    ImportResult importCsv(@PathParam("congressId") String congressId, @QueryParam("dryRun") boolean dryRun,
            byte[] body);

    @POST
    @Path("/congresses/{congressId}/manage/imports")
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ImportResult importXlsx(@PathParam("congressId") String congressId, @QueryParam("dryRun") boolean dryRun,
            byte[] body);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(String id, String congressId, String status, Long waitlistPosition, String category,
            long feeCents, List<LocalDate> days, List<Meal> meals, List<Choice> workshops, String language,
            Person person, OffsetDateTime checkedInAt, boolean lateChange, boolean anonymised, String source,
            OffsetDateTime createdAt, Map<String, Object> answers) {

        public Map<String, Object> answersOrEmpty() {
            return answers == null ? Map.of() : answers;
        }

        public List<Meal> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }

        public List<Choice> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<LocalDate> daysOrEmpty() {
            return days == null ? List.of() : days;
        }

        public Person personOrEmpty() {
            return person == null ? new Person(null, null, null, null, null, null, null, null, null) : person;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meal(String sessionId, String title, String status, Long waitlistPosition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Choice(String sessionId, String title, String status, Long waitlistPosition, Integer rank,
            String firstChoiceSessionId, String secondChoiceSessionId) {
    }

    /** The committee's change (OrganiserRegistrationsResource's PUT, a ChangeRequest): category and answers too. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(List<LocalDate> days, List<String> meals, List<Dto.WorkshopChoice> workshops,
            Dto.PersonalInfo person, String language, String category, Map<String, Object> answers) {
    }

    /** A registration added by hand (a RegistrationRequest without consent nor invitation code). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Added(List<LocalDate> days, List<String> meals, List<Dto.WorkshopChoice> workshops, String category,
            Dto.PersonalInfo person, String language, Map<String, Object> answers) {
    }

    /** The caterer's view, of which the desk reads the freeze and the late changes (CateringView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Catering(OffsetDateTime freezeAt, Snapshot snapshot, List<LateChange> lateChanges) {

        public List<LateChange> of(String registrationId) {
            return lateChanges == null ? List.of()
                    : lateChanges.stream().filter(c -> registrationId.equals(c.registrationId())).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(OffsetDateTime takenAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LateChange(String registrationId, String mealTitle, int delta, String reason,
            OffsetDateTime changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String firstName, String lastName, String email, String organisation, String territoryType,
            String jobTitle, String statutoryCategory, String accessibilityNeeds, String dietaryNeeds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportResult(boolean dryRun, int created, List<Line> lines, List<Skipped> skipped) {

        public List<Line> linesOrEmpty() {
            return lines == null ? List.of() : lines;
        }

        public List<Skipped> skippedOrEmpty() {
            return skipped == null ? List.of() : skipped;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(int line, String lastName, String firstName, String email, String category, String registrationId,
            String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Skipped(int line, String email, String reason) {
    }
}
