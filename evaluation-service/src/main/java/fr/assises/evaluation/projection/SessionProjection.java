package fr.assises.evaluation.projection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A released session of a congress. */
@Entity
@Table(name = "session_projection")
public class SessionProjection {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "congress_id")
    public UUID congressId;
    public String kind;
    public String title;
    @Column(name = "half_day_code")
    public String halfDayCode;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "room_name")
    public String roomName;
    public String status;
}
