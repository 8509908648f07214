package fr.assises.evaluation.questionnaire;

/** Question types of the builder; each has its own answer shape (see README). */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    LIKERT,
    SITUATION_SATISFACTION,
    NUMBER,
    SHORT_TEXT,
    LONG_TEXT,
    THREE_C,
    SESSION_RATING
}
