package fr.assises.programme.speaker;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An intervenant. Contact details are for organisers only; the rest is public only with consent. */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    public UUID id;

    @Column(name = "congress_id")
    public UUID congressId;

    public String name;

    public String organisation;

    public String role;

    public String bio;

    @Column(name = "public_consent")
    public boolean publicConsent;

    public String email;

    public String phone;

    @Version
    public Long version;
}
