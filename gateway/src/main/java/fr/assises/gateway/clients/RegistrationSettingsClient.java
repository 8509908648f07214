package fr.assises.gateway.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * registration-service's registration settings, custom questions and invitation codes (SettingsResource,
 * QuestionsResource, InvitationResource), with their shapes.
 */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface RegistrationSettingsClient {

    @PublicCall
    @GET
    @Path("/congresses/{congressId}/settings")
    Settings settings(@PathParam("congressId") String congressId);

    @PUT
    @Path("/congresses/{congressId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    Settings saveSettings(@PathParam("congressId") String congressId, SettingsRequest request);

    @PUT
    @Path("/congresses/{congressId}/settings/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Question> saveQuestions(@PathParam("congressId") String congressId, Map<String, List<Question>> request);

    @GET
    @Path("/congresses/{congressId}/invitations")
    List<Invitation> invitations(@PathParam("congressId") String congressId);

    @POST
    @Path("/congresses/{congressId}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    Invitation createInvitation(@PathParam("congressId") String congressId, InvitationRequest request);

    @PUT
    @Path("/congresses/{congressId}/invitations/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Invitation changeInvitation(@PathParam("congressId") String congressId, @PathParam("code") String code,
            InvitationRequest request);

    @DELETE
    @Path("/congresses/{congressId}/invitations/{code}")
    void deleteInvitation(@PathParam("congressId") String congressId, @PathParam("code") String code);

    /** What a code opens, for the participant's form (their token goes with it). */
    @GET
    @Path("/congresses/{congressId}/invitations/{code}/check")
    InvitationCheck checkInvitation(@PathParam("congressId") String congressId, @PathParam("code") String code);

    /** Registers with answers to the custom questions and an invitation code. */
    @POST
    @Path("/congresses/{congressId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration register(@PathParam("congressId") String congressId, WithAnswers request);

    @PUT
    @Path("/me/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration change(@PathParam("id") String registrationId, ChangeWithAnswers request);

    /** My registration's answers to the custom questions. */
    @GET
    @Path("/me/registrations/{id}")
    MyAnswers answers(@PathParam("id") String registrationId);

    record WithAnswers(@JsonUnwrapped Dto.RegistrationRequest request, Map<String, Object> answers,
            String invitationCode, Map<String, Object> payer) {
    }

    record ChangeWithAnswers(@JsonUnwrapped Dto.ChangeRequest request, Map<String, Object> answers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MyAnswers(Map<String, Object> answers, String invitationCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(String congressId, OffsetDateTime opensAt, OffsetDateTime closesAt, int totalCapacity,
            OffsetDateTime freezeAt, int offerHours, String privacyNoticeVersion, Integer retentionDays,
            int reminderDaysBefore, List<Category> categories, Map<String, String> information,
            List<Question> questions) {

        /** Whether participants may no longer change their registration themselves. */
        public boolean frozen() {
            return freezeAt != null && !OffsetDateTime.now().isBefore(freezeAt);
        }

        public List<Category> categoriesOrEmpty() {
            return categories == null ? List.of() : categories;
        }

        public List<Question> questionsOrEmpty() {
            return questions == null ? List.of() : questions;
        }

        public boolean invitationOnly(String code) {
            return categoriesOrEmpty().stream().anyMatch(c -> c.code().equals(code) && c.invitationOnly());
        }

        public String mode(String field) {
            String mode = information == null ? null : information.get(field);
            return mode == null ? "OPTIONAL" : mode;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Category(String code, String labelFr, String labelEn, Long feeCents, Integer quota, String colour,
            boolean invitationOnly) {

        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : labelFr;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SettingsRequest(OffsetDateTime opensAt, OffsetDateTime closesAt, Integer totalCapacity,
            OffsetDateTime freezeAt, Integer offerHours, String privacyNoticeVersion, Integer retentionDays,
            Integer reminderDaysBefore, List<Category> categories, Map<String, String> information) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(String id, Integer position, String kind, boolean required, String labelFr, String labelEn,
            List<Choice> choices) {

        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : labelFr;
        }

        public List<Choice> choicesOrEmpty() {
            return choices == null ? List.of() : choices;
        }

        /** The choices' words, one per line, as the organisers' form shows them. */
        public String choiceLines(String lang) {
            return String.join("\n", choicesOrEmpty().stream()
                    .map(c -> "en".equals(lang) ? c.labelEn() : c.labelFr()).toList());
        }

        public boolean hasChoices() {
            return "SINGLE_CHOICE".equals(kind) || "MULTIPLE_CHOICE".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Choice(String code, String labelFr, String labelEn) {

        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : labelFr;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invitation(String code, String label, String category, int maxUses, int used, int remaining,
            OffsetDateTime expiresAt, boolean expired) {

        /** The last day the code works, as the organiser typed it (it expires at the start of the next day). */
        public LocalDate lastDay() {
            return expiresAt == null ? null
                    : expiresAt.atZoneSameInstant(ZoneId.of("Europe/Paris")).minusNanos(1).toLocalDate();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvitationRequest(String code, String label, String category, Integer maxUses, OffsetDateTime expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InvitationCheck(String code, String category, String labelFr, String labelEn, long feeCents,
            int remaining) {

        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : labelFr;
        }
    }
}
