package fr.assises.budget.congresses;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A congress's title as programme-service last published it, with the version of that event. */
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
}
