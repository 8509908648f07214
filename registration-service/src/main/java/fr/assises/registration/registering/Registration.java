package fr.assises.registration.registering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One person's registration to one congress, with the personal information collected for it. */
@Entity
@Table(name = "registration")
public class Registration {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    @Column(name = "participant_id")
    public String participantId;
    public String status;
    public String category;
    @Column(name = "fee_cents")
    public long feeCents;
    public String days;
    public String language;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String organisation;
    @Column(name = "territory_type")
    public String territoryType;
    @Column(name = "job_title")
    public String jobTitle;
    @Column(name = "statutory_category")
    public String statutoryCategory;
    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;
    @Column(name = "dietary_needs")
    public String dietaryNeeds;
    @Column(name = "consent_version")
    public String consentVersion;
    @Column(name = "consent_at")
    public Instant consentAt;
    public String source;
    @Column(name = "waitlist_seq")
    public Long waitlistSeq;
    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "checkin_nonce")
    public String checkinNonce;
    @Column(name = "late_change")
    public boolean lateChange;
    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    public long version;
    /** Answers to the custom questions, JSON (question id to value): personal data, never in events. */
    public String answers;
    @Column(name = "invitation_code")
    public String invitationCode;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind desc, seriesId, sessionId")
    public List<RegistrationItem> items = new ArrayList<>();

    public List<LocalDate> dayList() {
        if (days == null || days.isBlank()) {
            return List.of();
        }
        return Arrays.stream(days.split(",")).map(LocalDate::parse).toList();
    }

    public List<RegistrationItem> items(String kind) {
        return items.stream().filter(i -> i.kind.equals(kind)).toList();
    }

    public boolean offered() {
        return WAITLISTED.equals(status) && offerExpiresAt != null;
    }

    public String displayName() {
        if (anonymisedAt != null) {
            return "Anonyme";
        }
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }
}
