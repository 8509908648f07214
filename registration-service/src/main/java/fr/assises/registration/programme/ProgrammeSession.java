package fr.assises.registration.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published session; workshops of one slot share a series id, meals have a capacity too. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {

    public static final String WORKSHOP = "WORKSHOP";
    public static final String MEAL = "MEAL";
    public static final String SCHEDULED = "SCHEDULED";

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    public String kind;
    public String title;
    @Column(name = "half_day_code")
    public String halfDayCode;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    @Column(name = "room_name")
    public String roomName;
    public Integer capacity;
    @Column(name = "series_id")
    public UUID seriesId;
    public String status;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    public LocalDate date(ZoneId zone) {
        return startAt == null ? null : startAt.atZone(zone).toLocalDate();
    }
}
