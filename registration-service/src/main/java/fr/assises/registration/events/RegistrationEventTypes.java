package fr.assises.registration.events;

import java.util.List;

/** CloudEvents types published on registration-events. */
public final class RegistrationEventTypes {

    public static final String CONFIRMED = "fr.assises.registration.confirmed.v1";
    public static final String WAITLISTED = "fr.assises.registration.waitlisted.v1";
    public static final String CHANGED = "fr.assises.registration.changed.v1";
    public static final String CANCELLED = "fr.assises.registration.cancelled.v1";
    public static final String CHECKED_IN = "fr.assises.registration.checked-in.v1";

    public static final List<String> ALL = List.of(CONFIRMED, WAITLISTED, CHANGED, CANCELLED, CHECKED_IN);

    private RegistrationEventTypes() {
    }
}
