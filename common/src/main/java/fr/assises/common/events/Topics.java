package fr.assises.common.events;

/** Kafka topic names of the event catalogue (ARCHITECTURE.md); each has a dead-letter twin. */
public final class Topics {

    public static final String PROGRAMME = "programme-events";
    public static final String REGISTRATION = "registration-events";
    public static final String BUDGET = "budget-events";
    public static final String EVALUATION = "evaluation-events";

    public static final String DEAD_LETTER_SUFFIX = "-dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
