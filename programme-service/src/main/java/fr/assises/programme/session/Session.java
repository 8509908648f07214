package fr.assises.programme.session;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A session of the draft programme. Its released states live in the release snapshots. */
@Entity
@Table(name = "session")
public class Session {

    @Id
    public UUID id;

    @Column(name = "congress_id")
    public UUID congressId;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String title;

    public String description;

    @Column(name = "half_day_code")
    public String halfDayCode;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    @Column(name = "room_id")
    public UUID roomId;

    /** Explicit capacity; null means the room's (or unbounded without a room). */
    public Integer capacity;

    /** Shared by the parallel workshops of one slot. */
    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "moderator_id")
    public UUID moderatorId;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @Version
    public Long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "session_theme", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "theme_id")
    public Set<UUID> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "speaker_id")
    public Set<UUID> speakerIds = new HashSet<>();

    public boolean scheduled() {
        return status == SessionStatus.SCHEDULED;
    }

    public boolean overlaps(Session other) {
        return startAt.isBefore(other.endAt) && endAt.isAfter(other.startAt);
    }

    /** Speakers and moderator: everyone expected in the room. */
    public Set<UUID> people() {
        Set<UUID> people = new HashSet<>(speakerIds);
        if (moderatorId != null) {
            people.add(moderatorId);
        }
        return people;
    }
}
