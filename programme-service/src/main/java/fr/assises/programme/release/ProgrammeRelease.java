package fr.assises.programme.release;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered, published state of a congress' programme with its changelog (JSON). */
@Entity
@Table(name = "programme_release")
public class ProgrammeRelease {

    @Id
    public UUID id;

    @Column(name = "congress_id")
    public UUID congressId;

    public int number;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String changelog;
}
