package fr.assises.gateway.web.shared;

/**
 * One service's part of a page: its data, or the name of the service that did not answer so the page can say
 * so and render the rest. A service that answered 404 is not down: it has nothing for this congress yet
 * ({@code missing}), and the page says that instead.
 */
public record Panel<T>(T data, String service, boolean down, boolean missing) {

    public static <T> Panel<T> of(String service, T data) {
        return new Panel<>(data, service, false, false);
    }

    public static <T> Panel<T> unavailable(String service) {
        return new Panel<>(null, service, true, false);
    }

    public static <T> Panel<T> missing(String service) {
        return new Panel<>(null, service, true, true);
    }

    public T dataOr(T fallback) {
        return down ? fallback : data;
    }

    public boolean ok() {
        return !down;
    }
}
