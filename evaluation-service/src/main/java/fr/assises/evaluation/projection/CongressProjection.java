package fr.assises.evaluation.projection;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A congress as programme-service last published it. */
@Entity
@Table(name = "congress_projection")
public class CongressProjection {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    public String slug;
    public String title;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "time_zone")
    public String timeZone;
    public String status;
    /** JSON array of the session ids of the latest release, null before the first release. */
    @Column(name = "released_session_ids")
    public String releasedSessionIds;
}
