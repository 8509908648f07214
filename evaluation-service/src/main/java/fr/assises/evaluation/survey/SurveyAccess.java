package fr.assises.evaluation.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who may answer a questionnaire and whether they did; never what they answered. */
@Entity
@Table(name = "survey_access")
public class SurveyAccess {

    @Id
    public UUID id;
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    @Column(name = "participant_id")
    public String participantId;
    public boolean answered;
}
