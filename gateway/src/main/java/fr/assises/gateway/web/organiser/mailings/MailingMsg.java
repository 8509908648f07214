package fr.assises.gateway.web.organiser.mailings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The mailing pages' words ({@code ml:} in templates), French first; English in messages/ml_en.properties. */
@MessageBundle(value = "ml", locale = "fr")
public interface MailingMsg {

    @Message("Messages")
    String nav();

    @Message("Messages aux inscrits")
    String title();

    @Message("Écrire aux inscrits")
    String write();

    @Message("Destinataires")
    String recipients();

    @Message("Toutes et tous")
    String all();

    @Message("État de l’inscription")
    String status();

    @Message("Catégorie")
    String category();

    @Message("Atelier ou repas")
    String session();

    @Message("Réponse à une question")
    String answer();

    @Message("Nom, e-mail ou organisation contient")
    String text_filter();

    @Message("Message en français")
    String french();

    @Message("Message en anglais (facultatif)")
    String english();

    @Message("Sans message en anglais, les personnes qui ont choisi l’anglais reçoivent le message en français.")
    String english_hint();

    @Message("Objet")
    String subject();

    @Message("Texte")
    String text();

    @Message("Dans l’objet et le texte, « {first} », « {last} » et « {congress} » sont remplacés par le prénom, le nom de chaque destinataire et le nom du congrès.")
    String placeholders(String first, String last, String congress);

    @Message("Prévisualiser")
    String preview();

    @Message("Le message n’est pas envoyé : corrigez les champs signalés.")
    String not_sent();

    @Message("Aperçu : rien n’est encore envoyé")
    String preview_title();

    @Message("{#if count == 0}Aucune personne ne correspond à ces filtres : rien ne sera envoyé.{#else if count == 1}1 personne recevra ce message.{#else}{count} personnes recevront ce message.{/if}")
    String will_reach(int count);

    @Message("{#if count == 0}Aucune ne lit l’anglais.{#else if count == 1}1 d’entre elles le recevra en anglais.{#else}{count} d’entre elles le recevront en anglais.{/if}")
    String in_english(int count);

    @Message("Tel que {name} le recevra :")
    String as_received(String name);

    @Message("Version française")
    String version_fr();

    @Message("Version anglaise")
    String version_en();

    @Message("{#if count == 1}Envoyer à 1 personne{#else}Envoyer à {count} personnes{/if}")
    String send(int count);

    @Message("Modifier le message")
    String edit();

    @Message("{#if count == 0}Message envoyé à personne : aucune inscription ne correspondait.{#else if count == 1}Message envoyé à 1 personne.{#else}Message envoyé à {count} personnes.{/if}")
    String sent(Integer count);

    @Message("{#if count == 0}Aucun rappel envoyé : tout le monde l’avait déjà reçu.{#else if count == 1}Rappel envoyé à 1 personne.{#else}Rappel envoyé à {count} personnes.{/if}")
    String reminded(Integer count);

    @Message("Rappel avant le congrès")
    String reminder();

    @Message("Le rappel donne à chaque personne confirmée son programme, avec un fichier agenda. Il part de lui-même quelques jours avant le congrès ; on peut l’envoyer dès maintenant.")
    String reminder_hint();

    @Message("{#if count == 0}Toutes les personnes confirmées ont déjà reçu le rappel.{#else if count == 1}1 personne confirmée n’a pas encore reçu le rappel.{#else}{count} personnes confirmées n’ont pas encore reçu le rappel.{/if}")
    String reminder_due(int count);

    @Message("Envoyer le rappel maintenant…")
    String reminder_open();

    @Message("Envoyer le rappel")
    String reminder_title();

    @Message("{#if count == 1}Le rappel sera envoyé à 1 personne confirmée qui ne l’a pas encore reçu, avec son programme personnel en fichier agenda. Chacune ne le reçoit qu’une fois.{#else}Le rappel sera envoyé à {count} personnes confirmées qui ne l’ont pas encore reçu, chacune avec son programme personnel en fichier agenda. Chacune ne le reçoit qu’une fois.{/if}")
    String reminder_confirm(int count);

    @Message("{#if count == 1}Envoyer le rappel à 1 personne{#else}Envoyer le rappel à {count} personnes{/if}")
    String reminder_send(int count);

    @Message("Retour aux messages")
    String back();

    @Message("Historique des envois")
    String history();

    @Message("Aucun message ni rappel envoyé pour l’instant.")
    String history_empty();

    @Message("Date")
    String col_when();

    @Message("Envoi")
    String col_kind();

    @Message("Objet")
    String col_subject();

    @Message("Filtre")
    String col_filter();

    @Message("Destinataires")
    String col_recipients();

    @Message("Envoyé par")
    String col_by();

    @Message("{#when kind}{#is 'REMINDER'}Rappel{#else}Message{/when}")
    String kind(String kind);

    @Message("envoi automatique")
    String automatic();

    @Message("{#if count == 1}1 personne{#else}{count} personnes{/if}")
    String people(int count);

    @Message("Voir les destinataires de « {subject} »")
    String see_recipients(String subject);

    @Message("aucun filtre")
    String no_filter();

    @Message("recherche « {text} »")
    String text_was(String text);

    @Message("Destinataires de « {subject} »")
    String recipients_title(String subject);

    @Message("Envoyé le {when} par {by}, filtre : {filter}.")
    String sent_on(String when, String by, String filter);

    @Message("Nom")
    String col_name();

    @Message("Adresse e-mail")
    String col_email();

    @Message("données anonymisées")
    String anonymised();

    @Message("Objet :")
    String subject_colon();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Aperçu du message – {congress}")
    String preview_page(String congress);

    @Message("Envoyer le rappel – {congress}")
    String reminder_page(String congress);

    @Message("Destinataires – {subject}")
    String recipients_page(String subject);

    @Message("Messages aux inscrits – {congress}")
    String mailings_page(String congress);

    @Message("{question}\u00a0: {answer}")
    String filter_answer(String question, String answer);

    @Message("oui")
    String answer_yes();

    @Message("non")
    String answer_no();
}
