package fr.assises.evaluation.questionnaire;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A questionnaire of one congress edition. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    public String title;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;
    @Column(name = "cloned_from")
    public UUID clonedFrom;
    @Column(name = "response_count")
    public int responseCount;
    @Column(name = "event_version")
    public long eventVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isOpenAt(Instant now) {
        return status == Status.PUBLISHED && opensAt != null && closesAt != null && !now.isBefore(opensAt)
                && now.isBefore(closesAt);
    }

    /** BROUILLON, A_VENIR, OUVERT or CLOS. */
    public String state(Instant now) {
        if (status == Status.DRAFT) {
            return "BROUILLON";
        }
        if (now.isBefore(opensAt)) {
            return "A_VENIR";
        }
        return now.isBefore(closesAt) ? "OUVERT" : "CLOS";
    }
}
