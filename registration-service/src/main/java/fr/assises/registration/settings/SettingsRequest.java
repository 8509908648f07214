package fr.assises.registration.settings;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registration settings of a congress as the organising committee sets them. */
public record SettingsRequest(
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        @NotNull @Min(1) @Max(100000) Integer totalCapacity,
        OffsetDateTime freezeAt,
        @Min(0) @Max(720) int offerHours,
        @NotBlank @Size(max = 50) String privacyNoticeVersion,
        @Min(1) @Max(3650) Integer retentionDays,
        @Min(0) @Max(60) Integer reminderDaysBefore,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid CategoryRequest> categories,
        @Valid InformationAsked information) {

    public record CategoryRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
            @NotBlank @Size(max = 200) String labelFr,
            @NotBlank @Size(max = 200) String labelEn,
            @NotNull @Min(0) @Max(100_000_000) Long feeCents,
            @Min(0) @Max(100000) Integer quota,
            @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
            Boolean invitationOnly) {
    }
}
