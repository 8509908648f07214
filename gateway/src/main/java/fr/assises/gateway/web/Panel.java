package fr.assises.gateway.web;

/**
 * One service's part of a page: its data, or the name of the service that did not answer so the page can say
 * so and render the rest.
 */
public record Panel<T>(T data, String service, boolean down) {

    public static <T> Panel<T> of(String service, T data) {
        return new Panel<>(data, service, false);
    }

    public static <T> Panel<T> unavailable(String service) {
        return new Panel<>(null, service, true);
    }

    public T dataOr(T fallback) {
        return down ? fallback : data;
    }

    public boolean ok() {
        return !down;
    }
}
