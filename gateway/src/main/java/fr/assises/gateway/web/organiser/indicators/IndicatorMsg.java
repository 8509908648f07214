package fr.assises.gateway.web.organiser.indicators;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The indicator pages' words ({@code ind:} in templates), French first; English in {@code messages/ind_en.properties}. */
@MessageBundle(value = "ind", locale = "fr")
public interface IndicatorMsg {

    @Message("Indicateurs")
    String nav();

    @Message("Indicateurs d’évaluation")
    String title();

    @Message("Les indicateurs promis aux financeurs, avec leur cible. Le service d’évaluation calcule la valeur de "
            + "ceux qui viennent des inscriptions, de l’accueil ou du questionnaire\u00a0; les autres reçoivent ici leur "
            + "valeur, saisie à la main. Les partenaires les voient sur leur tableau de bord.")
    String intro();

    @Message("Aucun indicateur pour l’instant\u00a0: ajoutez le premier ci-dessous.")
    String none_yet();

    @Message("Les indicateurs de ce congrès")
    String caption();

    @Message("Indicateur")
    String col_label();

    @Message("Source")
    String col_source();

    @Message("Valeur")
    String col_value();

    @Message("Cible")
    String col_target();

    @Message("Échéance")
    String col_due();

    @Message("État")
    String col_status();

    @Message("{#when status}{#is 'ATTEINT'}Atteint{#is 'NON_ATTEINT'}Pas encore atteint{#is 'EN_ATTENTE'}En attente d’une valeur{#else}État inconnu{/when}")
    String status(String status);

    @Message("{#when source}{#is 'MANUAL'}Saisie à la main{#is 'REGISTRATIONS'}Inscriptions confirmées{#is 'CHECK_INS'}Participants accueillis (émargement){#is 'RESPONSE_RATE'}Taux de réponse au questionnaire{#is 'SURVEY_QUESTION'}Part de réponses satisfaites à une question{#else}Autre source{/when}")
    String source(String source);

    @Message("{#when source}{#is 'MANUAL'}Un membre du comité saisit la valeur (ex. réseaux ayant relayé l’événement, articles parus).{#is 'REGISTRATIONS'}Calculée\u00a0: le nombre de participants confirmés.{#is 'CHECK_INS'}Calculée\u00a0: le nombre de participants arrivés à l’accueil.{#is 'RESPONSE_RATE'}Calculée\u00a0: les réponses au questionnaire choisi sur les participants accueillis, en %.{#is 'SURVEY_QUESTION'}Calculée\u00a0: la part des réponses à la question choisie qui comptent comme satisfaites, en % (rien sous 5 réponses).{#else}{/when}")
    String source_hint(String source);

    @Message("Nom de l’indicateur")
    String label();

    @Message("D’où vient la valeur")
    String source_label();

    @Message("Cible à atteindre")
    String target();

    @Message("Unité (ex. réseaux, articles)")
    String unit();

    @Message("À atteindre pour le")
    String due_date();

    @Message("Valeur saisie")
    String manual_value();

    @Message("Pour une saisie à la main\u00a0; laissez vide tant qu’elle n’est pas connue.")
    String manual_value_hint();

    @Message("Questionnaire mesuré")
    String questionnaire();

    @Message("Pour le taux de réponse.")
    String questionnaire_hint();

    @Message("Aucun questionnaire")
    String no_questionnaire();

    @Message("Question mesurée")
    String question();

    @Message("Aucune question")
    String no_question();

    @Message("Pour la part de réponses satisfaites\u00a0: une question à choix, une échelle ou une question situation/satisfaction.")
    String question_hint();

    @Message("Réponses qui comptent comme satisfaites")
    String satisfied();

    @Message("Les codes des réponses, séparés par des virgules (ex. 3, 4 pour les deux points hauts d’une échelle). Les réponses possibles de chaque question sont rappelées ci-dessous.")
    String satisfied_hint();

    @Message("Réponses possibles des questions mesurables")
    String answers_title();

    @Message("Ajouter un indicateur")
    String add();

    @Message("Modifier « {label} »")
    String edit(String label);

    @Message("Enregistrer l’indicateur")
    String save();

    @Message("Supprimer « {label} »")
    String delete(String label);

    @Message("Saisir la valeur")
    String set_value();

    @Message("Nouvelle valeur de « {label} »")
    String value_of(String label);

    @Message("{#when flash}{#is 'created'}Indicateur ajouté.{#is 'saved'}Indicateur enregistré.{#is 'value'}Valeur enregistrée.{#is 'deleted'}Indicateur supprimé.{#else}{/when}")
    String flash(String flash);

    @Message("Les champs marqués * sont obligatoires.")
    String required_note();

    @Message("Calculée")
    String computed();

    @Message("Saisissez la valeur.")
    String value_expected();

    @Message("Date attendue (jj/mm/aaaa).")
    String date_expected();

    @Message("Nombre attendu (ex. 80 ou 12,5).")
    String number_expected();

    @Message("Indicateurs – {congress}")
    String page_title(String congress);
}
