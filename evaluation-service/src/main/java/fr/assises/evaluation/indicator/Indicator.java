package fr.assises.evaluation.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluation indicator promised to funders: where its value comes from and the target it should reach. */
@Entity
@Table(name = "indicator")
public class Indicator {

    public enum Source { REGISTRATIONS, CHECK_INS, RESPONSE_RATE, SURVEY_QUESTION, MANUAL }

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    public String label;
    @Enumerated(EnumType.STRING)
    public Source source;
    public BigDecimal target;
    public String unit;
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    @Column(name = "question_id")
    public String questionId;
    /** Comma-separated answer values that count as "satisfied" for a survey-question indicator. */
    @Column(name = "satisfied_values")
    public String satisfiedValues;
    @Column(name = "manual_value")
    public BigDecimal manualValue;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public int position;
    @Column(name = "created_at")
    public Instant createdAt;
}
