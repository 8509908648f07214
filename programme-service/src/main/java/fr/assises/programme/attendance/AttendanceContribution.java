package fr.assises.programme.attendance;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One registration counting in one session (a workshop choice or a meal), confirmed or waitlisted. */
@Entity
@Table(name = "attendance_contribution")
public class AttendanceContribution {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";

    @EmbeddedId
    public Key key;

    @Column(name = "congress_id")
    public UUID congressId;

    public String status;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "registration_id")
        public UUID registrationId;

        @Column(name = "session_id")
        public UUID sessionId;

        public String kind;

        public Key() {
        }

        public Key(UUID registrationId, UUID sessionId, String kind) {
            this.registrationId = registrationId;
            this.sessionId = sessionId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(registrationId, k.registrationId)
                    && Objects.equals(sessionId, k.sessionId) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(registrationId, sessionId, kind);
        }
    }
}
