package fr.assises.registration.questions;

import java.util.List;
import java.util.UUID;

/** A custom question as the form and the organisers see it; {@code choices} only for the choice kinds. */
public record QuestionView(UUID id, int position, QuestionKind kind, boolean required, String labelFr,
        String labelEn, List<Choice> choices) {

    public record Choice(String code, String labelFr, String labelEn) {
    }
}
