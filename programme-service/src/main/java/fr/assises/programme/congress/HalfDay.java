package fr.assises.programme.congress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A demi-journée: code J1-AM, J1-PM, J2-AM… derived from its day and period. */
@Embeddable
public class HalfDay {

    public enum Period {
        MORNING, AFTERNOON
    }

    @Column(name = "code")
    public String code;

    @Column(name = "day")
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "period")
    public Period period;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    public HalfDay() {
    }

    public HalfDay(String code, LocalDate day, Period period, Instant startAt, Instant endAt) {
        this.code = code;
        this.day = day;
        this.period = period;
        this.startAt = startAt;
        this.endAt = endAt;
    }

    public boolean contains(Instant start, Instant end) {
        return !start.isBefore(startAt) && !end.isAfter(endAt);
    }

    public boolean intersects(Instant start, Instant end) {
        return start.isBefore(endAt) && end.isAfter(startAt);
    }
}
