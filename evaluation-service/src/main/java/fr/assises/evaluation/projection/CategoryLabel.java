package fr.assises.evaluation.projection;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The French and English names of one registration category of a congress, as registration-service gives them. */
@Entity
@Table(name = "registration_category")
@IdClass(CategoryLabel.Key.class)
public class CategoryLabel {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    @Id
    public String code;

    @Column(name = "label_fr", nullable = false)
    public String labelFr;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

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
