package fr.assises.programme.events;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code fr.assises.programme.congress.cloned.v1}: a new edition was started from {@code sourceCongressId}; each
 * service copies its own chosen part, moving its dates by {@code dayShift} days. {@code sessions} pairs each copied
 * session with its copy, so what another service tied to a session (a budget's meal plans and meal lines) follows
 * it into the new edition. Ids and part names only.
 */
public record CongressClonedData(
        @NotNull UUID sourceCongressId,
        @NotNull UUID congressId,
        long dayShift,
        @NotNull List<String> parts,
        @NotNull List<SessionCopy> sessions,
        @PositiveOrZero long version) {

    /** A session of the source edition and its copy in the new one (a draft until the new edition's release). */
    public record SessionCopy(@NotNull UUID sourceSessionId, @NotNull UUID sessionId) {
    }
}
