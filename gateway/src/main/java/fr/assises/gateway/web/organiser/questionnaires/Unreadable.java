package fr.assises.gateway.web.organiser.questionnaires;

import fr.assises.gateway.web.shared.FormErrors;

/** A form refused before evaluation-service was called (a figure or a date that cannot be read). */
final class Unreadable extends RuntimeException {

    final transient FormErrors errors;

    Unreadable(FormErrors errors) {
        super(null, null, false, false);
        this.errors = errors;
    }
}
