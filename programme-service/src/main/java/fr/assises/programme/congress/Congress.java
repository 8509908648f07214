package fr.assises.programme.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A congress edition: its dates, venue and half-day structure. */
@Entity
@Table(name = "congress")
public class Congress {

    @Id
    public UUID id;

    public String slug;

    public String title;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String venue;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    public CongressStatus status;

    /** Numbers the congress.changed events: grows by one with every change. */
    public long revision;

    @Version
    public Long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "half_day", joinColumns = @JoinColumn(name = "congress_id"))
    @OrderBy("startAt")
    public List<HalfDay> halfDays = new ArrayList<>();

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Optional<HalfDay> halfDay(String code) {
        return halfDays.stream().filter(h -> h.code.equals(code)).findFirst();
    }
}
