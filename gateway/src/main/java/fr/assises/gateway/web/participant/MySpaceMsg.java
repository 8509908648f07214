package fr.assises.gateway.web.participant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of my space, my data and my calendar, and the registration form's new ones ({@code me:} in templates),
 * French first; English in {@code messages/me_en.properties}.
 */
@MessageBundle(value = "me", locale = "fr")
public interface MySpaceMsg {

    @Message("Vous êtes {rank} sur la liste d’attente du congrès. Vous recevrez un message dès qu’une place se libère.")
    String waitlist_words(String rank);

    @Message("Vous êtes en tête de la liste d’attente du congrès. Vous recevrez un message dès qu’une place se libère.")
    String waitlist_first();

    @Message("Les modifications sont closes : votre inscription se lit ci-dessous ; pour changer quelque chose, écrivez "
            + "au comité d’organisation.")
    String frozen_short();

    @Message("liste d’attente, {rank} position")
    String item_waitlist(String rank);

    @Message("en attente de votre place au congrès")
    String item_pending();

    @Message("Votre inscription est confirmée.")
    String saved_confirmed();

    @Message("Votre demande est enregistrée sur la liste d’attente : le congrès est complet pour le moment. Vous "
            + "recevrez un message dès qu’une place se libère.")
    String saved_waitlisted();

    @Message("Vos modifications sont enregistrées.")
    String saved_changed();

    @Message("Vos données personnelles sont effacées et votre inscription est annulée.")
    String erased();

    @Message("Inscription annulée")
    String cancelled_card();

    @Message("Données personnelles effacées")
    String anonymised_card();

    @Message("S’inscrire à nouveau")
    String register_again();

    @Message("Mon espace sert aux participants inscrits aux congrès. Votre compte est un compte d’organisation : les "
            + "inscriptions se consultent et se gèrent depuis la console d’organisation.")
    String staff_only();

    @Message("Aller à la console d’organisation")
    String staff_console();

    @Message("Votre compte ne permet pas de s’inscrire à un congrès. Pour participer, créez un compte participant.")
    String no_participant_role();

    @Message("Les modifications sont closes depuis le {date}. Pour changer quelque chose, écrivez au comité "
            + "d’organisation : ")
    String frozen(String date);

    @Message("Vous pouvez modifier votre inscription jusqu’au {date}.")
    String changes_until(String date);

    @Message("Mes données personnelles")
    String my_data();

    @Message("Télécharger mes données (JSON)")
    String download_json();

    @Message("Voir mes données")
    String view_data();

    @Message("Effacer mes données…")
    String erase_link();

    @Message("Ce que nous faisons de vos données : la notice d’information")
    String notice_link();

    @Message("Tarif")
    String fee();

    @Message("Répondre à l’enquête de satisfaction")
    String survey();

    @Message("Effacer mes données")
    String erase_title();

    @Message("Inscription au congrès : {title}")
    String erase_which(String title);

    @Message("Ce qui va se passer")
    String erase_what();

    @Message("Votre inscription est annulée : votre place, vos ateliers et vos repas sont proposés aux personnes "
            + "en liste d’attente, et votre badge n’est plus valable.")
    String erase_cancel();

    @Message("Votre nom, votre adresse électronique, votre organisme, votre fonction, vos besoins et vos réponses "
            + "aux questions du comité sont effacés. Seuls des totaux sans nom restent (nombre d’inscrits par "
            + "catégorie, par atelier, par repas).")
    String erase_fields();

    @Message("Vos réponses à l’enquête de satisfaction, anonymes, ne sont pas concernées : personne ne peut les "
            + "relier à vous.")
    String erase_survey();

    @Message("Votre compte de connexion reste ouvert ; vous pourrez vous inscrire à nouveau, en saisissant vos "
            + "informations.")
    String erase_account();

    @Message("L’effacement est définitif. Téléchargez d’abord vos données si vous souhaitez les garder.")
    String erase_final();

    @Message("Effacer définitivement mes données")
    String erase_submit();

    @Message("Revenir à mon espace sans rien effacer")
    String erase_back();

    @Message("Mes données")
    String data_title();

    @Message("Congrès")
    String data_congress();

    @Message("Catégorie statutaire")
    String data_grade();

    @Message("Besoins liés à un handicap ou à la mobilité")
    String data_accessibility();

    @Message("Ateliers et repas choisis")
    String data_choices();

    @Message("Langue des messages")
    String data_language();

    @Message("français")
    String data_language_fr();

    @Message("English")
    String data_language_en();

    @Message("Notice d’information acceptée")
    String data_consent();

    @Message("version {version}, {acceptedAt}")
    String data_consent_version(String version, String acceptedAt);

    @Message("Inscription créée le")
    String data_created();

    @Message("oui")
    String data_yes();

    @Message("non")
    String data_no();

    @Message("Notice d’information")
    String field_consent_short();

    @Message("Inscription – {congress}")
    String registration_title(String congress);

    @Message("Données téléchargées le {date}")
    String data_exported(String date);

    @Message("Heure d’arrivée à l’accueil")
    String data_checkins();

    @Message("Réponses aux questions du comité")
    String data_answers();

    @Message("Mon agenda")
    String feed_title();

    @Message("Ajoutez à votre agenda (Google Agenda, Outlook, Calendrier d’Apple…) une adresse qui donne vos "
            + "séances : plénières des jours où vous venez, ateliers et repas confirmés. L’agenda se met à jour tout "
            + "seul. Gardez cette adresse pour vous : quiconque la connaît voit votre programme.")
    String feed_intro();

    @Message("Adresse de mon agenda")
    String feed_url();

    @Message("Copier l’adresse")
    String feed_copy();

    @Message("Adresse copiée.")
    String feed_copied();

    @Message("Créer l’adresse de mon agenda")
    String feed_create();

    @Message("Changer d’adresse")
    String feed_regenerate();

    @Message("L’ancienne adresse cessera de fonctionner.")
    String feed_regenerate_hint();

    @Message("Supprimer l’adresse")
    String feed_revoke();

    @Message("{#when what}{#is 'created'}L’adresse de votre agenda est créée.{#is 'regenerated'}Nouvelle adresse "
            + "créée : l’ancienne ne fonctionne plus.{#is 'revoked'}L’adresse de votre agenda est supprimée : elle ne "
            + "fonctionne plus.{#else}{what}{/when}")
    String feed_done(String what);

    @Message("Nous avons repris les choix de votre inscription annulée : vérifiez-les, acceptez la notice "
            + "d’information, puis enregistrez.")
    String form_prefilled();

    @Message("Lire la notice d’information (nouvel onglet)")
    String form_notice();

    @Message("{label} : {message}")
    String form_error(String label, String message);

    @Message("Le formulaire contient {count} erreurs :")
    String form_errors(int count);

    @Message("Le formulaire contient une erreur :")
    String form_error_one();

    @Message("jusqu’à {end}")
    String until(String end);

    @Message("Code d’invitation")
    String field_code();

    @Message("Accord sur la notice d’information")
    String field_consent();
}
