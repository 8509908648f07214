package fr.assises.programme.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of registration-service's {@code fr.assises.registration.*.v1} data this service needs: which
 * sessions a registration counts in. Participant, category, fee and days are ignored on purpose.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationData(
        UUID registrationId,
        UUID congressId,
        String status,
        List<Choice> meals,
        List<Choice> workshops,
        Long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(UUID sessionId, Integer rank, String status) {
    }
}
