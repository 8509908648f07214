package fr.assises.evaluation.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The last publication of a questionnaire's results: how many responses it holds and, counted at the same moment
 * on the access side, how many checked-in participants of each registration category had answered.
 */
@Entity
@Table(name = "survey_publication")
public class SurveyPublication {

    @Id
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    public int batch;
    public int published;
    public int online;
    public int paper;
    /** {"CATEGORY": answered, …} */
    @Column(name = "answered_by_category")
    @JdbcTypeCode(SqlTypes.JSON)
    public String answeredByCategory;
}
