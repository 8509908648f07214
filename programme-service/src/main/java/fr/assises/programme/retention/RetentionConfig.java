package fr.assises.programme.retention;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long programme-service keeps speakers' personal data after a congress ({@code assises.retention.*}). */
@ConfigMapping(prefix = "assises.retention")
public interface RetentionConfig {

    /**
     * After the congress's last day, speakers' contact details (e-mail, phone) are erased, and so is everything
     * about a speaker who never agreed to be published. Twelve months cover the edition's follow-up (expense
     * claims, proceedings, the funders' final reports); docs/personal-data.md says why.
     */
    @WithDefault("P12M")
    Period speakers();

    /** How often the job looks (read by its {@code @Scheduled}); {@code off} in tests, which run it themselves. */
    @WithDefault("6h")
    String every();
}
