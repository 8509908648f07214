package fr.assises.evaluation.outreach;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Survey outreach settings ({@code assises.outreach.*}). */
@ConfigMapping(prefix = "assises.outreach")
public interface OutreachConfig {

    /**
     * The gateway's public address, where mailed openers ({@code /enquete/lien/{code}}) and the poster's QR code
     * ({@code /enquete/ouvrir/{questionnaireId}}) lead. When absent, taken from {@code assises.survey.link-base}
     * (the gateway's address followed by {@code /api/evaluation/survey/}), so no deployment needs a new variable.
     */
    Optional<String> publicUrl();

    /** Recipients per mail-request event, so that a congress of thousands stays far below Kafka's record limit. */
    @WithDefault("400")
    int recipientsPerEvent();
}
