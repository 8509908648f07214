package fr.assises.budget.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code fr.assises.programme.congress.cloned.v1} as programme-service documents it (ids and part names only):
 * {@code sessions} pairs each session it copied with the copy.
 */
public record CongressClonedData(UUID sourceCongressId, UUID congressId, long dayShift, List<String> parts,
        List<SessionCopy> sessions, long version) {

    public record SessionCopy(UUID sourceSessionId, UUID sessionId) {
    }

    public boolean includes(String part) {
        return parts != null && parts.contains(part);
    }

    /** The copy of each source session programme-service copied (none when the programme was not). */
    public Map<UUID, UUID> sessionCopies() {
        Map<UUID, UUID> copies = new HashMap<>();
        if (sessions != null) {
            sessions.stream().filter(s -> s.sourceSessionId() != null && s.sessionId() != null)
                    .forEach(s -> copies.put(s.sourceSessionId(), s.sessionId()));
        }
        return copies;
    }
}
