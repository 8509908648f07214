package fr.assises.programme.release;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A session as one release published it: its snapshot (JSON) and its release-aware version. */
@Entity
@Table(name = "released_session")
public class ReleasedSession {

    @EmbeddedId
    public Key key;

    public long version;

    public String snapshot;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "release_id")
        public UUID releaseId;

        @Column(name = "session_id")
        public UUID sessionId;

        public Key() {
        }

        public Key(UUID releaseId, UUID sessionId) {
            this.releaseId = releaseId;
            this.sessionId = sessionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(releaseId, k.releaseId) && Objects.equals(sessionId, k.sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(releaseId, sessionId);
        }
    }
}
