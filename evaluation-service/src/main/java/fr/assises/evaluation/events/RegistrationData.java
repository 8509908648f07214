package fr.assises.evaluation.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of every {@code fr.assises.registration.*.v1} event (pseudonymous: no name, e-mail or free text). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationData(UUID registrationId, UUID congressId, String participantId, String status,
        String category, List<LocalDate> days, List<Choice> meals, List<Choice> workshops,
        OffsetDateTime checkedInAt, String language, long version) {

    /** A meal or workshop choice; {@code rank} is absent for meals. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(UUID sessionId, Integer rank, String status) {
    }
}
