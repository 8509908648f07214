package fr.assises.evaluation.projection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registration as registration-service last published it: pseudonymous participant id and category only. */
@Entity
@Table(name = "registration_projection")
public class RegistrationProjection {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;
    @Column(name = "congress_id")
    public UUID congressId;
    @Column(name = "participant_id")
    public String participantId;
    public String status;
    public String category;
    /** JSON array of ISO dates. */
    public String days;
    /** JSON array of the confirmed workshop and meal session ids. */
    @Column(name = "confirmed_session_ids")
    public String confirmedSessionIds;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    public String language;
}
