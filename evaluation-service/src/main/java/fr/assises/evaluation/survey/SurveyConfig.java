package fr.assises.evaluation.survey;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Survey settings ({@code assises.survey.*}). */
@ConfigMapping(prefix = "assises.survey")
public interface SurveyConfig {

    /**
     * Key of the HMAC linking a token to its response (ASSISES_SURVEY_SECRET). When absent a random key is drawn
     * at start: anonymity holds, but responses given before a restart can no longer be edited.
     */
    Optional<String> secret();

    /** Prefix of the personal links; the token is appended. */
    @WithDefault("http://127.0.0.1:8080/api/evaluation/survey/")
    String linkBase();

    /** No breakdown is shown for a group with fewer responses than this. */
    @WithDefault("5")
    int minGroupSize();

    /**
     * Results and exports change only when at least this many responses were added or edited since they last
     * changed (or once the questionnaire is closed), so that two snapshots never isolate one person's answers.
     */
    @WithDefault("5")
    int publishBatchSize();

    /** Unused links kept per participant (each call of my-survey or a bulk issue mints one). */
    @WithDefault("10")
    int maxLiveTokens();
}
