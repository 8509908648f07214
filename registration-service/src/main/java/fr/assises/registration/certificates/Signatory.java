package fr.assises.registration.certificates;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who signs a congress's attendance certificates: the organiser's named representative. */
@Entity
@Table(name = "certificate_signatory")
public class Signatory {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    public String name;
    public String title;
    public String city;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
