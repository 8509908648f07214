package fr.assises.registration.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret token of one person's calendar feed. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "participant_id")
    public String participantId;

    public String token;

    @Column(name = "created_at")
    public Instant createdAt;
}
