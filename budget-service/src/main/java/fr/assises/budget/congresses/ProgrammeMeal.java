package fr.assises.budget.congresses;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session of the published programme that is or was a meal, as programme-service last published it: a session
 * that stops being a MEAL or is cancelled keeps its row (with that event's version), so a replayed older event
 * cannot bring it back.
 */
@Entity
@Table(name = "programme_meal")
public class ProgrammeMeal {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long version;

    public boolean served() {
        return "MEAL".equals(kind) && "SCHEDULED".equals(status);
    }
}
