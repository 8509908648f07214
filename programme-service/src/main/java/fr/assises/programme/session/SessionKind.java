package fr.assises.programme.session;

public enum SessionKind {
    OPENING, PLENARY, WORKSHOP, ROUND_TABLE, FORUM, MEAL, BREAK, CLOSING
}
