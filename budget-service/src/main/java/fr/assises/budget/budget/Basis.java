package fr.assises.budget.budget;

/** What a participant- or meal-driven line counts: the hypothesis, or what registrations confirm. */
public enum Basis {
    HYPOTHESIS,
    CONFIRMED
}
