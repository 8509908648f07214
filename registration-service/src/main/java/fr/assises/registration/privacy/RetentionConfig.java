package fr.assises.registration.privacy;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long registration-service keeps personal data after a congress ({@code assises.retention.*}). */
@ConfigMapping(prefix = "assises.retention")
public interface RetentionConfig {

    /**
     * After the congress's last day, every registration is anonymised once this period has passed, unless the
     * congress's settings give their own {@code retentionDays}. Twelve months cover the edition's follow-up:
     * attendance certificates, invoices and refunds, the funders' final reports (compte rendu financier, due
     * within six months of the end of the financial year). docs/personal-data.md says why.
     */
    @WithDefault("P12M")
    Period registrations();

    /** How often the job looks (read by its {@code @Scheduled}); {@code off} in tests, which run it themselves. */
    @WithDefault("6h")
    String every();
}
