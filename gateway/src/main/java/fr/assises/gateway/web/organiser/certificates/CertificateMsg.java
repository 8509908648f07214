package fr.assises.gateway.web.organiser.certificates;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The attendance certificates' words ({@code cert:} in templates), for the organisers' page and the participant's
 * download in my space; French first, English in {@code messages/cert_en.properties}.
 */
@MessageBundle(value = "cert", locale = "fr")
public interface CertificateMsg {

    @Message("Attestations")
    String nav();

    @Message("Attestations de présence")
    String title();

    @Message("Chaque personne confirmée dont la présence a été enregistrée au moins une fois (à l’accueil, à un atelier ou à un repas) reçoit une attestation de présence : le congrès, ses dates, les jours de présence, les séances où son badge a été scanné avec leurs horaires, et le total des heures. Elle est établie au moment du téléchargement, d’après les passages enregistrés.")
    String intro();

    @Message("Les heures sont la somme des durées prévues au programme des séances où la présence a été enregistrée. Les repas figurent sur l’attestation sans être comptés ; une séance sans point d’émargement (plénière, forum) n’est pas comptée.")
    String hours_rule();

    @Message("{#if n == 0}Aucune attestation pour le moment : personne n’a encore été enregistré à l’accueil.{#else if n == 1}1 attestation disponible.{#else}{n} attestations disponibles.{/if}")
    String available(long n);

    @Message("{#if n == 1}1 personne confirmée n’a aucun passage enregistré : elle n’aura pas d’attestation.{#else}{n} personnes confirmées n’ont aucun passage enregistré : elles n’auront pas d’attestation.{/if}")
    String without(long n);

    @Message("{#if open}Les participants peuvent télécharger leur attestation dans leur espace depuis le {date}.{#else}Les participants pourront télécharger leur attestation dans leur espace à partir du {date}, lendemain du dernier jour du congrès. Vous pouvez les télécharger dès maintenant.{/if}")
    String participants(boolean open, String date);

    @Message("Télécharger toutes les attestations (archive ZIP, un PDF par personne)")
    String download_all();

    @Message("Désignez d’abord la personne qui signe : sans elle, aucune attestation ne peut être établie.")
    String needs_signatory();

    @Message("Signataire")
    String signatory_title();

    @Message("La personne qui représente l’organisateur et signe les attestations : son nom et sa fonction figurent sous « Fait à … le … ».")
    String signatory_intro();

    @Message("Nom de la personne qui signe")
    String field_name();

    @Message("Fonction")
    String field_title();

    @Message("Ville (pour « Fait à … »)")
    String field_city();

    @Message("Enregistrer le signataire")
    String save();

    @Message("Signataire enregistré : il figure sur les attestations établies à partir de maintenant.")
    String saved();

    @Message("Télécharger mon attestation de présence")
    String download_mine();

    @Message("{#when code}{#is 'NOT_OVER'}Votre attestation de présence sera disponible après la fin du congrès, à partir du {date}.{#is 'NO_CHECKIN'}Aucun passage n’a été enregistré à l’accueil pour votre inscription : sans présence enregistrée, il n’y a pas d’attestation de présence. Si vous étiez présent(e), écrivez au comité d’organisation.{#is 'NO_SIGNATORY'}Votre attestation de présence n’est pas encore prête : le comité d’organisation doit d’abord désigner la personne qui la signe.{#else}{reason}{/when}")
    String unavailable(String code, String date, String reason);
}
