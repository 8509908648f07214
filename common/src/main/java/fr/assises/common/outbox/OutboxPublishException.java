package fr.assises.common.outbox;

/** Some rows of a batch were not acknowledged by the broker; they stay pending for the next attempt. */
public class OutboxPublishException extends RuntimeException {

    private final int published;
    private final int failed;

    public OutboxPublishException(int published, int failed, String reason) {
        super(failed + " event(s) not published (" + published + " published): " + reason);
        this.published = published;
        this.failed = failed;
    }

    public int published() {
        return published;
    }

    public int failed() {
        return failed;
    }
}
