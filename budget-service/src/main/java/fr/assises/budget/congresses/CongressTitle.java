package fr.assises.budget.congresses;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A congress's title, days and half-days as programme-service last published them, with that event's version. */
@Entity
@Table(name = "congress_title")
public class CongressTitle {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public long version;

    /** Distinct dates of the congress's half-days; null until an event carried half-days. */
    public Integer days;

    @Column(name = "half_days")
    public Integer halfDays;
}
