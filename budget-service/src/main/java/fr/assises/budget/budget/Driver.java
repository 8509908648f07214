package fr.assises.budget.budget;

/** How a line's value is computed. */
public enum Driver {
    FIXED,
    PER_PARTICIPANT,
    PER_MEAL,
    PER_DAY,
    PER_HALF_DAY,
    PER_SPEAKER,
    STAFF,
    REGISTRATION_REVENUE
}
