package fr.assises.gateway.web.organiser.questionnaires;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The questionnaire builder's words ({@code q:} in templates), French first; English in
 * {@code messages/q_en.properties}. A bundle of its own because Quarkus 3.31's generated message resolver splits
 * bundles past 300 messages and the split one fails bytecode verification: keep each bundle under 300.
 */
@MessageBundle(value = "q", locale = "fr")
public interface QuestionnaireMsg {

    @Message("Questionnaires")
    String nav();

    @Message("Questionnaires du congrès")
    String list_caption();

    @Message("Titre")
    String col_title();

    @Message("État")
    String col_state();

    @Message("Réponses")
    String col_responses();

    @Message("Ouverture – clôture")
    String col_dates();

    @Message("Aucun questionnaire pour l'instant.")
    String none();

    @Message("Nouveau questionnaire")
    String new_questionnaire();

    @Message("Titre")
    String field_title();

    @Message("Préambule (complet pour publier)")
    String preamble();

    @Message("Objet de l'enquête")
    String purpose();

    @Message("Usage des réponses")
    String use();

    @Message("Anonymat des réponses")
    String anonymity();

    @Message("Dates d'ouverture et de clôture (heure de Paris)")
    String dates();

    @Message("Ouverture")
    String opens();

    @Message("Clôture")
    String closes();

    @Message("Créer le questionnaire")
    String create();

    @Message("Sections et questions")
    String sections();

    @Message("Aucune section : ajoutez-en une, puis ses questions.")
    String no_section();

    @Message("Aucune question dans cette section.")
    String no_question();

    @Message("Ajouter une section")
    String add_section();

    @Message("Titre de la section")
    String section_title();

    @Message("Titre en anglais (facultatif)")
    String title_en();

    @Message("Introduction (facultative)")
    String section_intro();

    @Message("Ajouter une question")
    String add_question();

    @Message("Section")
    String section();

    @Message("Type de question")
    String type();

    @Message("Intitulé")
    String label();

    @Message("Intitulé en anglais (facultatif)")
    String label_en();

    @Message("Aide (facultative)")
    String help();

    @Message("Réponse obligatoire")
    String required();

    @Message("Réglages selon le type (les autres sont ignorés)")
    String settings();

    @Message("Choix ou situations, un par ligne")
    String options();

    @Message("Nombre maximal de choix (choix multiple)")
    String max_selections();

    @Message("Échelle : un libellé par point, du plus bas au plus haut (vide : 4 points, de « Pas du tout satisfaisant » à « Très satisfaisant »)")
    String scale();

    @Message("Question posée après la situation (facultative)")
    String satisfaction();

    @Message("Minimum (nombre)")
    String min();

    @Message("Maximum (nombre)")
    String max();

    @Message("Longueur maximale (texte)")
    String max_length();

    @Message("Questions de contexte prêtes à l'emploi")
    String contextual();

    @Message("Question de contexte")
    String contextual_key();

    @Message("Ajouter la question de contexte")
    String add_contextual();

    @Message("Dates")
    String schedule();

    @Message("Enregistrer les dates")
    String schedule_save();

    @Message("Publier")
    String publish();

    @Message("Publier fige la structure : il faut un préambule complet, au moins une question et des dates.")
    String publish_hint();

    @Message("Clore maintenant")
    String close();

    @Message("Aperçu")
    String preview();

    @Message("Retour au questionnaire")
    String back();

    @Message("Questionnaire publié : sa structure ne change plus.")
    String frozen();

    @Message("(obligatoire)")
    String required_mark();

    @Message("(non renseigné)")
    String empty();

    @Message("{#when state}{#is 'BROUILLON'}Brouillon{#is 'A_VENIR'}À venir{#is 'OUVERT'}Ouvert{#is 'CLOS'}Clos{#else}{state}{/when}")
    String state(String state);

    @Message("{#when type}{#is 'SINGLE_CHOICE'}Choix unique{#is 'MULTIPLE_CHOICE'}Choix multiple{#is 'LIKERT'}Échelle de satisfaction{#is 'SITUATION_SATISFACTION'}Situation puis satisfaction{#is 'NUMBER'}Nombre{#is 'SHORT_TEXT'}Texte court{#is 'LONG_TEXT'}Texte long{#is 'THREE_C'}Conserver, cesser, créer (3C){#is 'SESSION_RATING'}Note des sessions suivies{#else}{type}{/when}")
    String type_name(String type);

    @Message("{#when flash}{#is 'created'}Questionnaire créé.{#is 'section'}Section ajoutée.{#is 'question'}Question ajoutée.{#is 'contextual'}Question de contexte ajoutée.{#is 'schedule'}Dates enregistrées.{#is 'published'}Questionnaire publié.{#is 'closed'}Questionnaire clos.{#is 'preamble'}Titre et préambule enregistrés.{#is 'condition'}Condition d'affichage enregistrée.{#is 'deleted'}Question supprimée.{#is 'edited'}Question modifiée.{#is 'cloned'}Copie créée : c'est un brouillon, modifiez-la puis publiez-la.{#else}{/when}")
    String flash(String flash);

    @Message("Affichée seulement si « {source} » a pour réponse « {answer} ».")
    String condition_shown(String source, String answer);

    @Message("Afficher cette question")
    String condition_label();

    @Message("Toujours")
    String condition_always();

    @Message("Enregistrer la condition")
    String condition_save();

    @Message("Supprimer la question")
    String delete_question();

    @Message("Titre et préambule")
    String edit_preamble();

    @Message("Enregistrer le titre et le préambule")
    String save_preamble();

    @Message("Cloner ce questionnaire")
    String clone_title();

    @Message("La copie est un brouillon de ce congrès, avec les mêmes sections et questions, sans réponses.")
    String clone_hint();

    @Message("Titre de la copie (facultatif)")
    String clone_new_title();

    @Message("Cloner")
    String clone_button();

    @Message("Reprendre un questionnaire existant")
    String reuse();

    @Message("Une copie en brouillon dans ce congrès d'un questionnaire de ce congrès ou d'une autre édition, par exemple l'édition archivée.")
    String reuse_hint();

    @Message("Questionnaire à copier")
    String reuse_source();

    @Message("Choisir…")
    String reuse_choose();

    @Message("Modifier la question")
    String edit_question();

    @Message("Ses conditions d'affichage et celles qui portent sur ses réponses sont gardées : un choix reformulé ou déplacé garde son code.")
    String edit_hint();

    @Message("Enregistrer la question")
    String edit_save();

    @Message("Aide en anglais (facultative)")
    String help_en();

    @Message("Choix en anglais, un par ligne, dans le même ordre (facultatif)")
    String options_en();

    @Message("Échelle en anglais, un libellé par point, dans le même ordre (facultatif)")
    String scale_en();

    @Message("Supprimer la question « {label} » ?")
    String delete_question_confirm(String label);

    @Message("Date et heure attendues (jj/mm/aaaa hh:mm).")
    String date_time_expected();

    @Message("Nombre entier attendu.")
    String whole_number_expected();

    @Message("Nombre attendu.")
    String number_expected();

    @Message("Choisissez une réponse d'une question précédente.")
    String condition_answer_expected();

    @Message("Question introuvable : {id}")
    String question_not_found(String id);

    @Message("La question « {label} » ne s'affiche que selon la réponse à celle-ci : retirez d'abord sa condition.")
    String condition_depends(String label);

    @Message("Publier – {questionnaire}")
    String publish_page(String questionnaire);

    @Message("Clore – {questionnaire}")
    String close_page(String questionnaire);

    @Message("Indiquez la nouvelle date de clôture.")
    String closing_date_expected();

    @Message("Choisissez le questionnaire à copier.")
    String clone_source_expected();

    @Message("Questionnaire papier – {questionnaire}")
    String paper_page(String questionnaire);

    @Message("Aperçu – {questionnaire}")
    String preview_page(String questionnaire);
}
