package fr.assises.evaluation.survey;

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
    /** Rank among the same person's links (1, 2, 3…), to keep the newest; deliberately no time. */
    public int seq;
}
