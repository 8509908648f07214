package fr.assises.registration.invitations;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An invitation code as organisers create or change it; without {@code code} the service draws one. */
public record InvitationRequest(
        @Pattern(regexp = "[A-Za-z0-9-]{4,40}", message = "de 4 à 40 lettres, chiffres ou tirets") String code,
        @NotBlank @Size(max = 200) String label,
        @NotBlank @Size(max = 40) String category,
        @NotNull @Min(1) @Max(100000) Integer maxUses,
        OffsetDateTime expiresAt) {
}
