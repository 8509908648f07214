package fr.assises.gateway.web.shared;

/** A page cannot be drawn at all without this service (it holds the congress itself). */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service) {
        super(service + " unavailable", null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
