package fr.assises.evaluation.reminder;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder the service sent to a questionnaire's non-respondents: the day and how many, never whom. */
@Entity
@Table(name = "survey_reminder")
public class SurveyReminder {

    @Id
    public UUID id;
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    @Column(name = "sent_on")
    public LocalDate sentOn;
    public int recipients;
}
