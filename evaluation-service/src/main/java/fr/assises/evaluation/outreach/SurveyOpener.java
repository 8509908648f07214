package fr.assises.evaluation.outreach;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mailed opener of a person's access, stored only as the hash of its code. */
@Entity
@Table(name = "survey_opener")
public class SurveyOpener {

    @Id
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "access_id")
    public UUID accessId;
}
