package fr.assises.common.deadline;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The gateway's deadline for the HTTP request being served ({@link RequestDeadline}), null when it gave none. Request
 * scoped, so a consumer, a relay or a scheduled job (each in its own request context, or none) never sees one.
 */
@RequestScoped
public class CurrentDeadline {

    private Instant deadline;

    public Instant get() {
        return deadline;
    }

    void set(Instant deadline) {
        this.deadline = deadline;
    }
}
