package fr.assises.registration.invitations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Reserved places: a code that opens one category to at most {@code maxUses} registrations. */
@Entity
@Table(name = "invitation_code")
@IdClass(InvitationCode.Key.class)
public class InvitationCode {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    @Id
    public String code;
    public String label;
    public String category;
    @Column(name = "max_uses")
    public int maxUses;
    public int used;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public static class Key implements Serializable {
        public UUID congressId;
        public String code;

        public Key() {
        }

        public Key(UUID congressId, String code) {
            this.congressId = congressId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(congressId, k.congressId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(congressId, code);
        }
    }
}
