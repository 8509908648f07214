package fr.assises.registration.registering;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.assises.registration.settings.TerritoryType;

/** The information a participant gives about themself. */
public record PersonalInfo(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) String email,
        @Size(max = 200) String organisation,
        TerritoryType territoryType,
        @Size(max = 200) String jobTitle,
        @Pattern(regexp = "[ABC]") String statutoryCategory,
        @Size(max = 1000) String accessibilityNeeds,
        @Size(max = 1000) String dietaryNeeds) {
}
