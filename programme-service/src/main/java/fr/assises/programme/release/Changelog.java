package fr.assises.programme.release;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.assises.programme.session.SessionKind;

/** What a release changed since the previous one, for people who already read the programme. */
public record Changelog(List<Entry> added, List<Entry> moved, List<Entry> changed, List<Entry> cancelled) {

    public record Entry(UUID sessionId, SessionKind kind, String title, String detail) {
    }

    public static Changelog empty() {
        return new Changelog(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public int size() {
        return added.size() + moved.size() + changed.size() + cancelled.size();
    }
}
