package fr.assises.evaluation.projection;

import java.util.Set;
import java.util.UUID;

/** An eligible (checked-in) participant as the survey sees them: category and the sessions they attended. */
public record Participant(String participantId, String category, Set<UUID> attendedSessionIds, String language) {
}
