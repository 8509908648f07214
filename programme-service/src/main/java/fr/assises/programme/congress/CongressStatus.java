package fr.assises.programme.congress;

/** DRAFT while the committee prepares it, OPEN once announced (listed publicly), ARCHIVED afterwards. */
public enum CongressStatus {
    DRAFT, OPEN, ARCHIVED
}
