package fr.assises.evaluation.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An anonymous response: random id, coarse category, answers. Nothing here names a participant or a token. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    public UUID id;
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    public String category;
    @Column(name = "edit_key")
    public String editKey;
    @JdbcTypeCode(SqlTypes.JSON)
    public String answers;
}
