package fr.assises.budget.budget;

/**
 * Whole-number query parameters taken as text and validated, so that "?version=abc" answers 400 problem+json
 * rather than the 404 JAX-RS gives to a parameter it cannot convert.
 */
public final class Params {

    public static final String NUMBER = "\\d{1,6}";
    public static final String MESSAGE = "nombre entier positif attendu";

    private Params() {
    }

    public static Integer number(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
