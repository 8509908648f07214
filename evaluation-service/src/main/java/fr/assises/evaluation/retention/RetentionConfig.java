package fr.assises.evaluation.retention;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long evaluation-service keeps the participants' pseudonymous ids ({@code assises.retention.*}). */
@ConfigMapping(prefix = "assises.retention")
public interface RetentionConfig {

    /**
     * Once this period has passed after the later of the congress's last day and the closing of its last
     * published questionnaire, its participants' pseudonymous ids, check-in times and personal links are
     * purged. Nothing needs them after the closing (reminders and links are for open surveys); three months
     * leave room for a questionnaire published late. docs/personal-data.md says why.
     */
    @WithDefault("P3M")
    Period participants();

    /** How often the job looks (read by its {@code @Scheduled}); {@code off} in tests, which run it themselves. */
    @WithDefault("6h")
    String every();
}
