package fr.assises.registration.questions;

/** What a custom question asks for, which decides how its answer is checked. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, NUMBER, DATE;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
