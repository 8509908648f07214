package fr.assises.gateway.web.shared;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What was typed in one of several forms of a page: the refused form shows it again, the page's other forms show
 * the service's current values.
 */
public record Kept(String form, MultivaluedMap<String, String> typed) {

    public static Kept none() {
        return new Kept(null, null);
    }

    /** The value typed in {@code field} when {@code which} is the refused form, else {@code fallback}. */
    public String value(String which, String field, Object fallback) {
        if (typed != null && which.equals(form)) {
            String value = typed.getFirst(field);
            return value == null ? "" : value;
        }
        return fallback == null ? "" : fallback.toString();
    }

    /** Whether the box {@code field} was ticked in the refused form, else {@code fallback}. */
    public boolean checked(String which, String field, boolean fallback) {
        if (typed != null && which.equals(form)) {
            return typed.getFirst(field) != null;
        }
        return fallback;
    }

    /** Whether {@code option} was the choice in {@code field} of the refused form, else whether it is {@code current}. */
    public boolean chosen(String which, String field, String option, Object current) {
        if (typed != null && which.equals(form)) {
            return option.equals(typed.getFirst(field));
        }
        return current != null && option.equals(current.toString());
    }
}
