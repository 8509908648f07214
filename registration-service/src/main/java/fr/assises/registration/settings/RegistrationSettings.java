package fr.assises.registration.settings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "registration_settings")
public class RegistrationSettings {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @Column(name = "total_capacity")
    public int totalCapacity;
    @Column(name = "freeze_at")
    public Instant freezeAt;
    @Column(name = "offer_hours")
    public int offerHours;
    @Column(name = "privacy_version")
    public String privacyVersion;
    @Column(name = "retention_days")
    public Integer retentionDays;
    @Column(name = "reminder_days_before")
    public int reminderDaysBefore;
    @Column(name = "asked_fields")
    public String askedFields;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The version of the last settings-changed event published for this congress. */
    @Column(name = "event_version")
    public long eventVersion;
}
