package fr.assises.programme.congress;

/**
 * DRAFT while the committee prepares it (never public), OPEN once announced (listed publicly, registration
 * possible), CLOSED when registration is over (still public), ARCHIVED afterwards. Moves only forward, one step at
 * a time: a participant who saw a congress announced never sees it disappear again.
 */
public enum CongressStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED;

    /** The one status this one may move to, or null for the last one. */
    public CongressStatus next() {
        return this == ARCHIVED ? null : values()[ordinal() + 1];
    }

    public boolean canMoveTo(CongressStatus target) {
        return target == this || target == next();
    }

    /** Seen by the public (programme, listing of open editions): everything but a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
