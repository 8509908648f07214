package fr.assises.registration.registering;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A workshop slot or a meal chosen in a registration. For a workshop, {@code sessionId} is the first choice and
 * {@code assignedRank} says which choice holds the seat. PENDING items belong to registrations still waiting
 * for the congress itself: they hold nothing and join no list until the registration is confirmed.
 */
@Entity
@Table(name = "registration_item")
public class RegistrationItem {

    public static final String WORKSHOP = "WORKSHOP";
    public static final String MEAL = "MEAL";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String PENDING = "PENDING";

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    public Registration registration;
    public String kind;
    @Column(name = "series_id")
    public UUID seriesId;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "second_choice_id")
    public UUID secondChoiceId;
    @Column(name = "assigned_rank")
    public int assignedRank = 1;
    public String status;
    @Column(name = "waitlist_seq")
    public Long waitlistSeq;

    /** The session whose seat this item holds or waits for. */
    public UUID heldSession() {
        return assignedRank == 2 && secondChoiceId != null ? secondChoiceId : sessionId;
    }
}
