package fr.assises.registration.registering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.assises.registration.billing.PayerRequest;

/**
 * What a participant sends to register. Status, fee, waiting-list positions and check-in time are not part of
 * it: the service decides them, and unknown JSON properties are ignored. {@code answers} answer the congress's
 * custom questions (question id to value); {@code invitationCode} opens a category reserved for invited people;
 * {@code payer} says who pays (the participant when absent).
 */
public record RegistrationRequest(
        @NotEmpty @Size(max = 10) List<@NotNull LocalDate> days,
        @Size(max = 20) List<@NotNull UUID> meals,
        @Size(max = 20) List<@NotNull @Valid WorkshopChoice> workshops,
        @NotBlank @Size(max = 40) String category,
        @NotNull @Valid PersonalInfo person,
        @Valid Consent consent,
        @Pattern(regexp = "fr|en") String language,
        @Size(max = 30) Map<String, Object> answers,
        @Size(max = 40) String invitationCode,
        @Valid PayerRequest payer) {

    /** Without answers to custom questions nor invitation code (organisers' imports). */
    public RegistrationRequest(List<LocalDate> days, List<UUID> meals, List<WorkshopChoice> workshops,
            String category, PersonalInfo person, Consent consent, String language) {
        this(days, meals, workshops, category, person, consent, language, null, null, null);
    }

    public record WorkshopChoice(@NotNull UUID sessionId, UUID secondChoiceSessionId) {
    }

    public record Consent(boolean accepted, @NotBlank @Size(max = 50) String version) {
    }
}
