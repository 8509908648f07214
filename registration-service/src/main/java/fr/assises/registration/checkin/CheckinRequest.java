package fr.assises.registration.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A scanned or typed badge token, at the entrance unless another point is named: {@code ENTRANCE} or the id of
 * a scheduled workshop or meal of the congress (as listed by {@code GET …/check-ins/points}).
 */
public record CheckinRequest(
        @NotBlank @Size(max = 100) String token,
        @Pattern(regexp = "[A-Za-z0-9_:-]{1,80}") String checkpoint) {
}
