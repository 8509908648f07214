package fr.assises.programme.theme;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A thématique (axe) of the congress; sessions carry several. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    public UUID id;

    @Column(name = "congress_id")
    public UUID congressId;

    public String code;

    public String name;

    public String description;

    @Version
    public Long version;
}
