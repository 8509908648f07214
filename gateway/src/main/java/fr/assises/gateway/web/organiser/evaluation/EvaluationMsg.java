package fr.assises.gateway.web.organiser.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The evaluation results' and reminders' words ({@code ev:} in templates), French first; English in ev_en. */
@MessageBundle(value = "ev", locale = "fr")
public interface EvaluationMsg {

    @Message("{#if awaiting == 0}Résultats publiés par lots d’au moins {batch} réponses, pour que personne ne puisse "
            + "être reconnu en comparant deux consultations.{#else if awaiting == 1}Résultats publiés par lots d’au "
            + "moins {batch} réponses : 1 réponse attend le prochain lot.{#else}Résultats publiés par lots d’au moins "
            + "{batch} réponses : {awaiting} réponses attendent le prochain lot.{/if}")
    String batches(int batch, int awaiting);

    @Message("Relances")
    String reminders();

    @Message("Le service écrit lui-même aux participants présents qui n’ont pas encore répondu : personne ne voit "
            + "qui a répondu ou non.")
    String reminders_intro();

    @Message("Participants présents")
    String checked_in();

    @Message("N’ont pas encore répondu")
    String non_respondents();

    @Message("Relances envoyées")
    String sent_count();

    @Message("Dernière relance")
    String last_sent();

    @Message("Relancer les non-répondants")
    String send();

    @Message("{#if recipients == 1}Relance demandée pour la personne qui n’a pas encore répondu.{#else}Relance "
            + "demandée pour les {recipients} personnes qui n’ont pas encore répondu.{/if}")
    String sent(int recipients);

    @Message("La relance n’a pas été envoyée : {reason}")
    String refused(String reason);

    @Message("choisissez un questionnaire.")
    String questionnaire_expected();

    @Message("Évaluation – {congress}")
    String page_title(String congress);
}
