package fr.assises.registration.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A scanned or typed badge token, at the entrance unless another checkpoint (a workshop, a meal) is named. */
public record CheckinRequest(
        @NotBlank @Size(max = 100) String token,
        @Pattern(regexp = "[A-Za-z0-9_:-]{1,80}") String checkpoint) {
}
