package fr.assises.programme.room;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "room")
public class Room {

    @Id
    public UUID id;

    @Column(name = "congress_id")
    public UUID congressId;

    public String name;

    public int capacity;

    public boolean accessible;

    @Version
    public Long version;
}
