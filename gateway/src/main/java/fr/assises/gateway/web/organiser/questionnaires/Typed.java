package fr.assises.gateway.web.organiser.questionnaires;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** What was typed in one of the page's forms, kept when that form is refused. */
public record Typed(String form, MultivaluedMap<String, String> fields) {

    static Typed none() {
        return new Typed("", new MultivaluedHashMap<>());
    }

    public String get(String inForm, String name) {
        String value = form.equals(inForm) ? fields.getFirst(name) : null;
        return value == null ? "" : value;
    }

    public boolean checked(String inForm, String name) {
        return form.equals(inForm) && fields.containsKey(name);
    }
}
