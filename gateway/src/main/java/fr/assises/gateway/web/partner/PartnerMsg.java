package fr.assises.gateway.web.partner;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The partner dashboards' words ({@code pt:} in templates), French first; English in {@code messages/pt_en.properties}. */
@MessageBundle(value = "pt", locale = "fr")
public interface PartnerMsg {

    @Message("Les éditions")
    String editions();

    @Message("Chaque édition, en cours ou passée, avec ses tableaux de bord\u00a0: chiffres agrégés seulement.")
    String editions_intro();

    @Message("Aucune édition n’est encore publiée.")
    String no_edition();

    @Message("{#when status}{#is 'OPEN'}Inscriptions ouvertes{#is 'CLOSED'}Inscriptions closes{#is 'ARCHIVED'}Édition passée (archivée){#else}Édition{/when}")
    String status(String status);

    @Message("Comparer des éditions")
    String compare();

    @Message("Cochez au moins deux éditions\u00a0: inscriptions, budget et satisfaction côte à côte.")
    String compare_hint();

    @Message("Éditions à comparer")
    String compare_legend();

    @Message("Comparer")
    String compare_button();

    @Message("Choisissez au moins deux éditions à comparer.")
    String compare_two();

    @Message("Au plus {max} éditions à la fois.")
    String compare_max(int max);

    @Message("Édition inconnue\u00a0: {slug}.")
    String compare_unknown(String slug);

    @Message("Comparaison des éditions")
    String comparison_title();

    @Message("Inscriptions, budget et satisfaction de chaque édition\u00a0; un tiret quand le chiffre n’est pas connu ou concerne moins de {min} personnes.")
    String comparison_intro(int min);

    @Message("Inscriptions")
    String registrations();

    @Message("Capacité d’accueil")
    String capacity();

    @Message("Inscriptions confirmées")
    String confirmed();

    @Message("Participants accueillis")
    String checked_in();

    @Message("Budget prévisionnel")
    String budget();

    @Message("Charges")
    String charges();

    @Message("Produits")
    String produits();

    @Message("Solde")
    String balance();

    @Message("Satisfaction")
    String satisfaction();

    @Message("Réponses au questionnaire")
    String responses();

    @Message("Taux de réponse")
    String response_rate();

    @Message("Moyenne\u00a0: {label}")
    String mean_of(String label);

    @Message("Indicateur")
    String figure();

    @Message("Participants par édition")
    String chart_people();

    @Message("Budget par édition (€)")
    String chart_budget();

    @Message("Satisfaction moyenne par question")
    String chart_satisfaction();

    @Message("Graphique\u00a0; les mêmes chiffres figurent dans le tableau.")
    String chart_alt();

    @Message("Retour aux éditions")
    String back();

    @Message("Les inscriptions de cette édition ne sont pas connues de la plateforme.")
    String registrations_missing();

    @Message("Le budget de cette édition n’est pas encore publié.")
    String budget_missing();

    @Message("L’évaluation de cette édition n’est pas encore publiée.")
    String evaluation_missing();

    @Message("{#when part}{#is 'registration'}Les inscriptions ne peuvent pas être affichées{#is 'budget'}Le budget ne peut pas être affiché{#is 'evaluation'}L’évaluation ne peut pas être affichée{#is 'programme'}La liste des éditions ne peut pas être affichée{#else}Cette partie ne peut pas être affichée{/when} pour le moment\u00a0; réessayez dans quelques minutes.")
    String down(String part);

    @Message("Le budget prévisionnel n’a encore aucune ligne.")
    String budget_empty();

    @Message("Principales charges")
    String top_charges();

    @Message("Principaux produits")
    String top_produits();

    @Message("Autres postes")
    String others();

    @Message("Le budget s’équilibre à partir de {participants} participants (point mort).")
    String break_even(String participants);

    @Message("Personne n’a encore répondu au questionnaire\u00a0: les résultats apparaîtront dès les premiers lots de réponses.")
    String no_answer_yet();

    @Message("Aucun questionnaire n’est encore rattaché aux indicateurs de cette édition.")
    String no_questionnaire();

    @Message("Aucune séance n’a encore assez de notes pour être montrée (au moins {min}).")
    String no_rating(int min);

    @Message("Aucune inscription confirmée pour l’instant.")
    String no_registration();

    @Message("Note moyenne par séance")
    String ratings_chart();

    @Message("Postes du budget (montant prévisionnel)")
    String groups_caption();

    @Message("Poste")
    String group();

    @Message("Prévisionnel")
    String provisional();

    @Message("Sur inscriptions confirmées")
    String on_confirmed();

    @Message("Tableau de bord de l’édition")
    String open_dashboard();

    @Message("{#when status}{#is 'ATTEINT'}Atteint{#is 'NON_ATTEINT'}Pas encore atteint{#is 'EN_ATTENTE'}En attente d’une valeur{#else}État inconnu{/when}")
    String indicator_status(String status);

    @Message("Tableaux de bord – {congress}")
    String dashboard_page(String congress);
}
