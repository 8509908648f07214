package fr.assises.gateway.web.organiser.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The registration settings pages' words ({@code rs:} in templates), French first; English in
 * {@code messages/rs_en.properties}. Also the custom questions and invitation code of the participant's form.
 */
@MessageBundle(value = "rs", locale = "fr")
public interface SettingsMsg {

    @Message("Paramètres d'inscription")
    String nav();

    @Message("Paramètres enregistrés.")
    String saved();

    @Message("Question ajoutée.")
    String question_added();

    @Message("Question modifiée.")
    String question_saved();

    @Message("Question supprimée.")
    String question_deleted();

    @Message("Ordre des questions modifié.")
    String question_moved();

    @Message("Code d'invitation créé.")
    String code_added();

    @Message("Code d'invitation supprimé.")
    String code_deleted();

    @Message("Les inscriptions de ce congrès ne sont pas encore paramétrées : remplissez le formulaire ci-dessous.")
    String not_set();

    @Message("Calendrier")
    String calendar();

    @Message("Ouverture des inscriptions")
    String opens();

    @Message("Clôture des inscriptions")
    String closes();

    @Message("Gel des modifications (repas, ateliers) pour le traiteur")
    String freeze();

    @Message("date")
    String date();

    @Message("heure")
    String time();

    @Message("Heure de Paris. Laissez le gel vide si les participants peuvent modifier jusqu'à la clôture.")
    String calendar_hint();

    @Message("Places et délais")
    String places();

    @Message("Capacité totale (personnes)")
    String capacity();

    @Message("Durée d'une place proposée depuis la liste d'attente (heures, 0 : confirmée d'office)")
    String offer_hours();

    @Message("Conservation des données après le congrès (jours)")
    String retention();

    @Message("Rappel envoyé avant le congrès (jours)")
    String reminder();

    @Message("Version de la notice d'information")
    String privacy();

    @Message("Catégories et tarifs")
    String categories();

    @Message("Une ligne par catégorie ; videz le code d'une ligne pour la retirer. Quota vide : pas de limite propre.")
    String categories_hint();

    @Message("Catégorie {n}")
    String category_n(int n);

    @Message("Code (majuscules)")
    String cat_code();

    @Message("Libellé en français")
    String cat_label_fr();

    @Message("Libellé en anglais")
    String cat_label_en();

    @Message("Tarif (€)")
    String cat_fee();

    @Message("Quota (places)")
    String cat_quota();

    @Message("Couleur du badge")
    String cat_colour();

    @Message("Sur invitation seulement (masquée du formulaire public)")
    String cat_invitation_only();

    @Message("Informations demandées")
    String information();

    @Message("{#when field}{#is 'organisation'}Organisme{#is 'territoryType'}Type de territoire{#is 'jobTitle'}Fonction{#is 'statutoryCategory'}Catégorie statutaire{#is 'accessibilityNeeds'}Besoins d’accessibilité{#else}Régime alimentaire{/when}")
    String info_field(String field);

    @Message("{#when mode}{#is 'REQUIRED'}Obligatoire{#is 'HIDDEN'}Non demandée{#else}Facultative{/when}")
    String info_mode(String mode);

    @Message("Enregistrer les paramètres")
    String save();

    @Message("Questions personnalisées")
    String questions();

    @Message("Posées sur le formulaire d'inscription, dans cet ordre. Les réponses restent dans le service des inscriptions et ne sont jamais diffusées.")
    String questions_hint();

    @Message("Aucune question personnalisée.")
    String no_question();

    @Message("Question {n}")
    String question_n(int n);

    @Message("Nouvelle question")
    String new_question();

    @Message("Type de réponse")
    String kind();

    @Message("{#when kind}{#is 'SHORT_TEXT'}Texte court{#is 'LONG_TEXT'}Texte long{#is 'SINGLE_CHOICE'}Choix unique{#is 'MULTIPLE_CHOICE'}Choix multiple{#is 'YES_NO'}Oui / non{#is 'NUMBER'}Nombre{#else}Date{/when}")
    String kind_label(String kind);

    @Message("Réponse obligatoire")
    String required();

    @Message("Intitulé en français")
    String label_fr();

    @Message("Intitulé en anglais")
    String label_en();

    @Message("Choix en français, un par ligne (choix unique ou multiple)")
    String choices_fr();

    @Message("Choix en anglais, un par ligne, dans le même ordre")
    String choices_en();

    @Message("Ajouter la question")
    String add_question();

    @Message("Enregistrer la question {n}")
    String save_question(int n);

    @Message("Monter la question {n}")
    String move_up(int n);

    @Message("Descendre la question {n}")
    String move_down(int n);

    @Message("Supprimer la question {n}")
    String delete_question(int n);

    @Message("Supprimer cette question ? Les réponses déjà données ne seront plus affichées.")
    String delete_question_confirm();

    @Message("Places réservées : codes d'invitation")
    String codes();

    @Message("Un code ouvre une catégorie, même réservée aux invités, pour un nombre de personnes limité. Lien à envoyer : {link}")
    String codes_hint(String link);

    @Message("Aucun code d'invitation.")
    String no_code();

    @Message("Codes d'invitation")
    String codes_caption();

    @Message("Code")
    String col_code();

    @Message("Pour qui")
    String col_label();

    @Message("Catégorie")
    String col_category();

    @Message("Utilisations")
    String col_uses();

    @Message("Expiration")
    String col_expires();

    @Message("Action")
    String col_action();

    @Message("{used} sur {max}")
    String uses(int used, int max);

    @Message("expiré")
    String expired();

    @Message("Supprimer le code {code}")
    String delete_code(String code);

    @Message("Supprimer ce code d'invitation ?")
    String delete_code_confirm();

    @Message("Code d'invitation modifié.")
    String code_saved();

    @Message("Code d'invitation désactivé : il n'ouvre plus aucune place. Donnez-lui un dernier jour à venir pour le rouvrir.")
    String code_deactivated();

    @Message("Modifier le code {code}")
    String edit_code(String code);

    @Message("Enregistrer le code {code}")
    String save_code(String code);

    @Message("Désactiver le code {code}")
    String deactivate_code(String code);

    @Message("Désactiver ce code d'invitation ? Il expire aussitôt ; les inscriptions déjà faites avec lui restent.")
    String deactivate_code_confirm();

    @Message("Dernier jour de validité (facultatif)")
    String code_last_day();

    @Message("Nouveau code")
    String new_code();

    @Message("Code (vide : tiré au hasard)")
    String code();

    @Message("Pour qui (par exemple « Élus du département »)")
    String code_label();

    @Message("Nombre de places")
    String code_max();

    @Message("Expire le (facultatif)")
    String code_expires();

    @Message("Créer le code")
    String add_code();

    @Message("Code d'invitation")
    String form_code();

    @Message("Si l'équipe d'organisation vous a donné un code, saisissez-le pour accéder à la catégorie qui vous est réservée.")
    String form_code_hint();

    @Message("Appliquer le code")
    String form_code_apply();

    @Message("Code accepté : catégorie « {label} » ouverte.")
    String form_code_ok(String label);

    @Message("Questions de l'équipe d'organisation")
    String form_questions();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Choisir…")
    String choose();

    @Message("Paramètres d'inscription – {congress}")
    String page_title(String congress);

    @Message("Date et heure attendues (JJ/MM/AAAA, HH:MM).")
    String date_time_expected();

    @Message("Nombre entier attendu.")
    String number_expected();

    @Message("Montant en euros attendu, par exemple 180 ou 180,50.")
    String amount_expected();

    @Message("Information obligatoire.")
    String information_required();

    @Message("Date attendue (JJ/MM/AAAA).")
    String date_expected();
}
