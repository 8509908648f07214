package fr.assises.budget.retention;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long budget-service keeps the names of the organisers who changed a budget ({@code assises.retention.*}). */
@ConfigMapping(prefix = "assises.retention")
public interface RetentionConfig {

    /**
     * After this period, counted from each change, the audit trail and the versions no longer say which organiser
     * made it. Six years: the budget and its history back the association's accounts and the grant reports, which
     * a tax or funder control can reach back that far (Livre des procédures fiscales, article L102 B).
     * docs/personal-data.md says why.
     */
    @WithDefault("P6Y")
    Period actors();

    /** How often the job looks (read by its {@code @Scheduled}); {@code off} in tests, which run it themselves. */
    @WithDefault("6h")
    String every();
}
