package fr.assises.evaluation.events;

/** Channel names and CloudEvents types this service consumes or publishes. */
public final class EventTypes {

    public static final String REGISTRATION_CHANNEL = "registration-events";
    public static final String PROGRAMME_CHANNEL = "programme-events";

    public static final String CONGRESS_CHANGED = "fr.assises.programme.congress.changed.v1";
    public static final String SESSION_CHANGED = "fr.assises.programme.session.changed.v1";
    public static final String RELEASED = "fr.assises.programme.released.v1";
    public static final String CONGRESS_CLONED = "fr.assises.programme.congress.cloned.v1";
    public static final String SETTINGS_CHANGED = "fr.assises.registration-settings.changed.v1";
    public static final String REGISTRATION_PREFIX = "fr.assises.registration.";

    public static final String RESPONSE_SUBMITTED = "fr.assises.evaluation.response-submitted.v1";
    public static final String MAIL_REQUESTED = "fr.assises.evaluation.survey-mail-requested.v1";

    private EventTypes() {
    }
}
