package fr.assises.registration.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A congress as the programme published it. */
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
    @Column(name = "time_zone")
    public String timeZone;
    public String venue;
    public String status;
    @Column(name = "half_days")
    public String halfDays;
    @Column(name = "release_no")
    public int releaseNo;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
