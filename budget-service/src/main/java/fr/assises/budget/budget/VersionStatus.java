package fr.assises.budget.budget;

public enum VersionStatus {
    DRAFT,
    /** Sent to funders: frozen. */
    SUBMITTED
}
