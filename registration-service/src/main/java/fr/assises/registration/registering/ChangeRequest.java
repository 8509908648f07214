package fr.assises.registration.registering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a registration; a null field stays as it is. {@code category} is honoured for organisers only
 * (it decides the fee).
 */
public record ChangeRequest(
        @Size(min = 1, max = 10) List<@NotNull LocalDate> days,
        @Size(max = 20) List<@NotNull UUID> meals,
        @Size(max = 20) List<RegistrationRequest.@NotNull @Valid WorkshopChoice> workshops,
        @Valid PersonalInfo person,
        @Pattern(regexp = "fr|en") String language,
        @Size(max = 40) String category,
        @Size(max = 30) Map<String, Object> answers) {

    public ChangeRequest(List<LocalDate> days, List<UUID> meals, List<RegistrationRequest.WorkshopChoice> workshops,
            PersonalInfo person, String language, String category) {
        this(days, meals, workshops, person, language, category, null);
    }
}
