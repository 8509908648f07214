package fr.assises.registration.questions;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The whole ordered list of a congress's custom questions: a question sent with the {@code id} of an existing one
 * keeps it (and the answers given to it), one without an id is new, one left out is deleted.
 */
public record QuestionsRequest(@NotNull @Size(max = 30) List<@NotNull @Valid QuestionRequest> questions) {

    public record QuestionRequest(
            UUID id,
            @NotNull QuestionKind kind,
            boolean required,
            @NotBlank @Size(max = 300) String labelFr,
            @NotBlank @Size(max = 300) String labelEn,
            @Size(max = 30) List<@NotNull @Valid ChoiceRequest> choices) {
    }

    public record ChoiceRequest(
            @Pattern(regexp = "[A-Za-z0-9_-]{1,20}") String code,
            @NotBlank @Size(max = 200) String labelFr,
            @NotBlank @Size(max = 200) String labelEn) {
    }
}
