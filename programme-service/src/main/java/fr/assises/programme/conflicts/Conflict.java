package fr.assises.programme.conflicts;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem in the draft programme; HARD ones block a release. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conflict(ConflictCode code, Severity severity, String message, List<UUID> sessionIds, UUID roomId,
        UUID speakerId) {

    public enum Severity {
        HARD, WARNING, INFO
    }

    public enum ConflictCode {
        ROOM_DOUBLE_BOOKED(Severity.HARD),
        SPEAKER_DOUBLE_BOOKED(Severity.HARD),
        SESSION_OUTSIDE_HALF_DAY(Severity.HARD),
        CAPACITY_ABOVE_ROOM(Severity.HARD),
        ATTENDANCE_ABOVE_CAPACITY(Severity.WARNING),
        WORKSHOP_DURING_PLENARY(Severity.WARNING),
        SPEAKER_WITHOUT_SESSION(Severity.INFO);

        private final Severity severity;

        ConflictCode(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public static Conflict of(ConflictCode code, String message, List<UUID> sessionIds, UUID roomId, UUID speakerId) {
        return new Conflict(code, code.severity(), message, sessionIds, roomId, speakerId);
    }

    public boolean hard() {
        return severity == Severity.HARD;
    }
}
