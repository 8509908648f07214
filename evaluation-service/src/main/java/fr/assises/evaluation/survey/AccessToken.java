package fr.assises.evaluation.survey;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal link, stored only as the hash of its token. */
@Entity
@Table(name = "survey_access_token")
public class AccessToken {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "access_id")
    public UUID accessId;
    @Column(name = "issued_at")
    public Instant issuedAt;
}
