package fr.assises.gateway.web.organiser.outreach;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The survey outreach's words ({@code ou:} in templates): invitations and the room poster; English in ou_en. */
@MessageBundle(value = "ou", locale = "fr")
public interface OutreachMsg {

    @Message("Inviter à répondre")
    String section_title();

    @Message("Envoyer les invitations")
    String send_invitations();

    @Message("Invitations et affiche – {title}")
    String page_title(String title);

    @Message("Chaque personne présente reçoit par e-mail, dans sa langue, son lien personnel et un QR code. "
            + "Les envois sont faits par le système\u00a0: vous ne voyez que des nombres, jamais qui a répondu.")
    String intro();

    @Message("Personnes présentes")
    String checked_in();

    @Message("Invitations envoyées")
    String invited();

    @Message("Présentes sans invitation")
    String to_invite();

    @Message("{#if count == 1}Invitation envoyée à 1 personne présente.{#else}Invitations envoyées à {count} "
            + "personnes présentes.{/if}")
    String sent(int count);

    @Message("{#if count == 1}L’invitation partira à 1 personne présente qui ne l’a pas encore reçue, avec son lien "
            + "personnel et un QR code. Personne ne la reçoit deux fois.{#else}L’invitation partira à {count} "
            + "personnes présentes qui ne l’ont pas encore reçue, chacune avec son lien personnel et un QR code. "
            + "Personne ne la reçoit deux fois.{/if}")
    String confirm_lead(int count);

    @Message("{#if count == 1}Confirmer l’envoi à 1 personne{#else}Confirmer l’envoi à {count} personnes{/if}")
    String confirm_button(int count);

    @Message("Toutes les personnes présentes ont reçu l’invitation. Celles qui arriveront encore pourront la recevoir "
            + "ici plus tard.")
    String all_invited();

    @Message("Personne n’est encore enregistré comme présent au congrès\u00a0: l’invitation part aux personnes "
            + "présentes.")
    String nobody_present();

    @Message("Les invitations partent quand le questionnaire est ouvert.")
    String not_open();

    @Message("L’invitation n’a pas été envoyée\u00a0: {reason}")
    String refused(String reason);

    @Message("Relancer les non-répondants")
    String reminders_link();

    @Message("Une seule relance par personne, envoyée par le système à celles qui n’ont pas répondu, depuis la page "
            + "des résultats.")
    String reminders_hint();

    @Message("Affiche pour les salles")
    String poster_title();

    @Message("Télécharger l’affiche «\u00a0Donnez votre avis\u00a0» (PDF, A4)")
    String poster_download();

    @Message("Son QR code est le même pour tous\u00a0: après connexion, chaque participant arrive sur son propre "
            + "questionnaire.")
    String poster_hint();

    @Message("Invitations, affiche et nombre d’envois")
    String see_outreach();

    @Message("Retour au questionnaire")
    String back();

    @Message("Le service des questionnaires ne répond pas pour le moment.")
    String unavailable();
}
