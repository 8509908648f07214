package fr.assises.registration.settings;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant category with its fee and optional sub-quota inside the total capacity. */
@Entity
@Table(name = "registration_category")
@IdClass(Category.Key.class)
public class Category {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    @Id
    public String code;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "fee_cents")
    public long feeCents;
    public Integer quota;
    public String colour;
    /** Hidden from the public form: only an invitation code opens it. */
    @Column(name = "invitation_only")
    public boolean invitationOnly;

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
