package fr.assises.gateway.web.organiser.registrations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The registration desk's words ({@code desk:} in templates), French first; English in messages/desk_en.properties. */
@MessageBundle(value = "desk", locale = "fr")
public interface DeskMsg {

    @Message("Inscription de {name}")
    String detail_title(String name);

    @Message("Retour à la liste")
    String back();

    @Message("Coordonnées")
    String identity();

    @Message("Inscription")
    String registration();

    @Message("Nom")
    String last_name();

    @Message("Prénom")
    String first_name();

    @Message("Adresse e-mail")
    String email();

    @Message("Organisation")
    String organisation();

    @Message("Type de territoire")
    String territory();

    @Message("Fonction")
    String job();

    @Message("Catégorie statutaire")
    String grade();

    @Message("Besoins d’accessibilité")
    String accessibility();

    @Message("Régime alimentaire")
    String diet();

    @Message("Catégorie")
    String category();

    @Message("Tarif")
    String fee();

    @Message("État")
    String status();

    @Message("{position}ᵉ sur la liste d’attente")
    String waiting_position(Long position);

    @Message("Jours")
    String days();

    @Message("Repas")
    String meals();

    @Message("Ateliers")
    String workshops();

    @Message("Aucun")
    String none();

    @Message("{#when status}{#is 'CONFIRMED'}place réservée{#is 'WAITLISTED'}en liste d’attente{#is 'PENDING'}en attente de l’inscription{#else}{status}{/when}")
    String item_status(String status);

    @Message("{rank}{#if rank == 1}ᵉʳ{#else}ᵉ{/if} choix")
    String rank(Integer rank);

    @Message("Origine")
    String source_label();

    @Message("{#when source}{#is 'SELF'}Inscription en ligne{#is 'ORGANISER'}Ajout par l’organisation{#is 'IMPORT'}Import d’un fichier{#else}{source}{/when}")
    String source(String source);

    @Message("Inscrit(e) le")
    String created();

    @Message("Arrivée")
    String checked_in();

    @Message("Pas encore arrivé(e)")
    String not_checked_in();

    @Message("Modification tardive")
    String late_change();

    @Message("Modifiée après la date de gel : le traiteur et l’accueil doivent en tenir compte.")
    String late_change_hint();

    @Message("Données anonymisées")
    String anonymised();

    @Message("Annuler l’inscription")
    String cancel_title();

    @Message("Motif de l’annulation (visible par l’organisation seulement)")
    String cancel_reason();

    @Message("Annuler cette inscription ? La personne recevra un e-mail et sa place ira à la liste d’attente.")
    String cancel_confirm();

    @Message("Annuler l’inscription")
    String cancel_submit();

    @Message("Motif de l’annulation : {reason}")
    String cancelled_because(String reason);

    @Message("L’inscription est annulée.")
    String cancelled();

    @Message("Voir l’inscription de {name}")
    String open(String name);

    @Message("Importer des inscriptions")
    String import_title();

    @Message("Fichier CSV (séparateur « ; » ou « , ») ou Excel (.xlsx) ; colonnes obligatoires : nom, prenom, email, categorie, jours. Les personnes déjà inscrites avec la même adresse e-mail sont ignorées.")
    String import_hint();

    @Message("Fichier à importer")
    String import_file();

    @Message("Choisissez un fichier CSV ou Excel (.xlsx).")
    String import_missing();

    @Message("Prévisualiser")
    String import_preview();

    @Message("Aperçu : rien n’est encore enregistré")
    String preview_title();

    @Message("{#if count == 0}Aucune inscription ne sera créée.{#else if count == 1}1 inscription sera créée.{#else}{count} inscriptions seront créées.{/if}")
    String will_create(int count);

    @Message("{#if count == 0}Aucune inscription créée.{#else if count == 1}1 inscription créée ; une invitation à rattacher son inscription à un compte est envoyée.{#else}{count} inscriptions créées ; chaque personne reçoit une invitation à rattacher son inscription à un compte.{/if}")
    String created_count(int count);

    @Message("Lignes ignorées")
    String skipped();

    @Message("Ligne")
    String line();

    @Message("Motif")
    String reason();

    @Message("Confirmer l’import")
    String import_confirm();

    @Message("Le fichier contient des erreurs : rien n’a été importé.")
    String import_errors();

    @Message("Endroit")
    String where();

    @Message("Problème")
    String problem();

    @Message("Inscriptions à créer")
    String to_create();

    @Message("Inscriptions créées")
    String done_caption();

    @Message("Importer d’autres inscriptions")
    String import_again();

    @Message("Retour à l’inscription")
    String back_detail();

    @Message("Modifier l’inscription de {name}")
    String edit_title(String name);

    @Message("Modifier l’inscription")
    String edit_link();

    @Message("Ajouter une inscription")
    String add_title();

    @Message("Pour un intervenant, un élu invité ou une personne inscrite par téléphone. La personne reçoit par e-mail une invitation à retrouver son inscription dans son espace, avec un compte à la même adresse.")
    String add_hint();

    @Message("Les champs marqués d’un astérisque (*) sont obligatoires.")
    String required_hint();

    @Message("Rien n’a été enregistré : corrigez les champs signalés.")
    String not_saved();

    @Message("La restauration est gelée depuis le {when} : les changements de repas seront listés comme modifications tardives pour le traiteur.")
    String frozen_hint(String when);

    @Message("Langue des e-mails")
    String language();

    @Message("sur invitation")
    String invitation_only();

    @Message("Pas d’atelier sur ce créneau")
    String no_workshop();

    @Message("complet : liste d’attente")
    String full();

    @Message("Questions de l’organisation")
    String questions();

    @Message("Sans réponse")
    String no_answer();

    @Message("Réponse à une question")
    String answer_filter();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Enregistrer les modifications")
    String edit_submit();

    @Message("Ajouter l’inscription et envoyer l’invitation")
    String add_submit();

    @Message("Les modifications sont enregistrées ; la personne en est informée par e-mail.")
    String saved();

    @Message("L’inscription est ajoutée ; une invitation à la rattacher à un compte est envoyée à {email}.")
    String added(String email);

    @Message("Modifications tardives de cette inscription")
    String late_changes();

    @Message("Depuis le gel de la restauration du {when}.")
    String late_changes_since(String when);

    @Message("Quand")
    String col_when();

    @Message("{#if delta > 0}+1 couvert{#else}−1 couvert{/if}")
    String delta(int delta);

    @Message("{#when reason}{#is 'CANCELLED'}Inscription annulée{#is 'MEAL_CANCELLED'}Repas retiré du programme{#is 'MEAL_REMOVED'}Repas retiré de l’inscription{#is 'PROMOTED'}Sortie de la liste d’attente{#is 'NEW_REGISTRATION'}Nouvelle inscription{#is 'MEAL_ADDED'}Repas ajouté à l’inscription{#else}{reason}{/when}")
    String late_reason(String reason);

    @Message("Couverts")
    String covers();

    @Message("Ajouter une inscription à la main")
    String add_link();

    @Message("Inscription de {name} – {congress}")
    String registration_page(String name, String congress);

    @Message("Ajouter une inscription – {congress}")
    String add_page(String congress);

    @Message("Modifier l’inscription de {name} – {congress}")
    String edit_page(String name, String congress);

    @Message("Inscriptions – {congress}")
    String list_page(String congress);

    @Message("Importer des inscriptions – {congress}")
    String import_page(String congress);

    @Message("Choisissez un fichier CSV ou Excel (.xlsx) de moins de 500 Ko.")
    String import_too_large();
}
