package fr.assises.programme.session;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}
