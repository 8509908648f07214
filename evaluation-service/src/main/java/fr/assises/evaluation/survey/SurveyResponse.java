package fr.assises.evaluation.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An anonymous response: random id, channel, answers, and the answers as last published. Nothing here names a
 * participant, their category, a token, a time or, for a paper form, the organiser who typed it in.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    public UUID id;
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** Null for a paper response: it has no personal link to edit it with. */
    @Column(name = "edit_key")
    public String editKey;
    @JdbcTypeCode(SqlTypes.JSON)
    public String answers;
    /** What results and exports show: a copy of {@code answers} made at a publication, null before the first. */
    @Column(name = "published_answers")
    @JdbcTypeCode(SqlTypes.JSON)
    public String publishedAnswers;

    /** How the answers reached us: through a personal link, or on a paper form typed in by an organiser. */
    public enum Channel {
        ONLINE, PAPER
    }
}
