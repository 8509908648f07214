package fr.assises.gateway.web.organiser.programme;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The programme authoring pages' words ({@code pa:} in templates: sessions, speakers, themes, releases, room advice),
 * French first; English in {@code messages/pa_en.properties}. Kept under 300 messages (see MessageBundlesTest).
 */
@MessageBundle(value = "pa", locale = "fr")
public interface AuthoringMsg {

    @Message("Changements de salle conseillés")
    String advice_title();

    @Message("Calculés d’après les choix des inscrits : chaque salle n’est proposée qu’à une séance par créneau, vous pouvez donc appliquer tous les conseils.")
    String advice_hint();

    @Message("Appliquer pour « {title} »")
    String advice_apply(String title);

    @Message("← Retour au planning")
    String back_to_planner();

    @Message("← Retour aux intervenants")
    String back_to_speakers();

    @Message("Corriger ces conflits dans le planning")
    String blocking_fix();

    @Message("{#if count == 1}Un conflit bloque la publication :{#else}{count} conflits bloquent la publication :{/if}")
    String blocking_title(int count);

    @Message("annulée")
    String cancelled();

    @Message("Aucun changement.")
    String changelog_empty();

    @Message("{#when part}{#is 'added'}{#if count == 1}Une séance ajoutée{#else}{count} séances ajoutées{/if}{#is 'moved'}{#if count == 1}Une séance déplacée{#else}{count} séances déplacées{/if}{#is 'changed'}{#if count == 1}Une séance modifiée{#else}{count} séances modifiées{/if}{#else}{#if count == 1}Une séance annulée{#else}{count} séances annulées{/if}{/when}")
    String changelog_part(String part, int count);

    @Message("{#when what}{#is 'session-created'}Séance ajoutée au brouillon du programme.{#is 'session-saved'}Séance enregistrée.{#is 'session-cancelled'}Séance annulée : elle paraîtra comme telle à la prochaine version publiée.{#is 'session-deleted'}Séance supprimée.{#is 'advice-applied'}Changement de salle appliqué.{#is 'speaker-created'}Intervenant·e ajouté·e.{#is 'speaker-saved'}Intervenant·e enregistré·e.{#is 'speaker-deleted'}Intervenant·e supprimé·e.{#is 'theme-created'}Thématique ajoutée.{#is 'theme-saved'}Thématique enregistrée.{#is 'theme-deleted'}Thématique supprimée.{#else}Modification enregistrée.{/when}")
    String done(String what);

    @Message("Capacité (places)")
    String f_capacity();

    @Message("Laissez vide pour reprendre la capacité de la salle.")
    String f_capacity_hint();

    @Message("Description")
    String f_description();

    @Message("Type de séance")
    String f_kind();

    @Message("Série d’ateliers parallèles")
    String f_series();

    @Message("Les ateliers d’une série ont lieu en même temps : les inscrits en choisissent un. Ils doivent avoir la même demi-journée, le même début et la même fin.")
    String f_series_hint();

    @Message("Titre")
    String f_title();

    @Message("Quand et où")
    String f_when_where();

    @Message("Aucune version publiée pour l’instant : le programme public est vide.")
    String history_none();

    @Message("Versions publiées")
    String history_title();

    @Message("Pas d’animation")
    String no_moderator();

    @Message("Sans salle")
    String no_room();

    @Message("Aucun·e intervenant·e pour l’instant.")
    String no_speaker_yet();

    @Message("Aucune thématique pour l’instant.")
    String no_theme_yet();

    @Message("Première version : toutes les séances seront publiées.")
    String preview_first();

    @Message("Ce qui a changé depuis la version {since}")
    String preview_since(int since);

    @Message("Prochaine version")
    String preview_title();

    @Message("Revenir sans publier")
    String publish_back();

    @Message("Publier la version {number}")
    String publish_confirm(int number);

    @Message("Une séance déjà publiée ne peut plus être supprimée, seulement annulée.")
    String publish_effect_cancelled();

    @Message("Les inscriptions (ateliers, repas, places) et le budget prennent en compte les séances, salles et capacités publiées.")
    String publish_effect_participants();

    @Message("Le programme public, son agenda iCalendar et la liste des changements affichent cette version à tout le monde.")
    String publish_effect_public();

    @Message("Publier la version {number}…")
    String publish_go(int number);

    @Message("Publier le programme")
    String publish_title();

    @Message("Publier la version {number} du programme :")
    String publish_what(int number);

    @Message("Version {number}")
    String release_heading(int number);

    @Message("Version {number} publiée : le programme public l’affiche désormais.")
    String release_published(int number);

    @Message("Versions du programme")
    String releases_manage();

    @Message("Versions du programme")
    String releases_title();

    @Message("Nouvelle série")
    String series_new();

    @Message("Aucune (séance seule)")
    String series_none();

    @Message("Ajouter une séance")
    String session_add();

    @Message("Annuler la séance")
    String session_cancel();

    @Message("Annuler « {title} » ? Elle restera au programme publié comme annulée.")
    String session_cancel_confirm(String title);

    @Message("Une séance annulée reste visible comme telle dans le programme publié et ne peut plus être modifiée.")
    String session_cancel_hint();

    @Message("{#if count == 1}une séance{#else}{count} séances{/if}")
    String session_count(int count);

    @Message("Ajouter la séance")
    String session_create();

    @Message("Supprimer la séance")
    String session_delete();

    @Message("Supprimer définitivement « {title} » ?")
    String session_delete_confirm(String title);

    @Message("Seule une séance jamais publiée peut être supprimée ; sinon, annulez-la.")
    String session_delete_hint();

    @Message("Modifier")
    String session_edit_link();

    @Message("Modifier la séance")
    String session_edit_title();

    @Message("Cette séance est annulée : elle ne peut plus être modifiée.")
    String session_is_cancelled();

    @Message("Nouvelle séance")
    String session_new_title();

    @Message("Annuler ou supprimer")
    String session_other_actions();

    @Message("Enregistrer la séance")
    String session_save();

    @Message("Biographie courte")
    String sp_bio();

    @Message("Accepte de figurer sur le programme public")
    String sp_consent();

    @Message("Sans cet accord, son nom n’apparaît que dans le back-office.")
    String sp_consent_hint();

    @Message("Contact")
    String sp_contact();

    @Message("Visible des organisateurs seulement, jamais publié.")
    String sp_contact_hint();

    @Message("Adresse e-mail")
    String sp_email();

    @Message("Nom")
    String sp_name();

    @Message("Organisme")
    String sp_organisation();

    @Message("Téléphone")
    String sp_phone();

    @Message("Programme public")
    String sp_public();

    @Message("Non (pas d’accord)")
    String sp_public_no();

    @Message("Oui")
    String sp_public_yes();

    @Message("Fonction")
    String sp_role();

    @Message("Ajouter un·e intervenant·e")
    String speaker_add();

    @Message("Supprimer {name}")
    String speaker_delete(String name);

    @Message("Supprimer {name} de la liste des intervenants ?")
    String speaker_delete_confirm(String name);

    @Message("Impossible tant que la personne intervient dans une séance : retirez-la d’abord des séances.")
    String speaker_delete_hint();

    @Message("Enregistrer")
    String speaker_save();

    @Message("{#if count == 1}Un·e intervenant·e{#else}{count} intervenants{/if}")
    String speakers_caption(int count);

    @Message("Les coordonnées servent à l’organisation : elles ne sont jamais publiées.")
    String speakers_hint();

    @Message("Intervenants")
    String speakers_manage();

    @Message("Aucun·e intervenant·e pour l’instant.")
    String speakers_none();

    @Message("Intervenants")
    String speakers_title();

    @Message("Code")
    String th_code();

    @Message("Lettres minuscules, chiffres et tirets, par exemple « mobilites-rurales » ; il sert de filtre dans le programme public.")
    String th_code_hint();

    @Message("Description")
    String th_description();

    @Message("Nom")
    String th_name();

    @Message("Ajouter une thématique")
    String theme_add();

    @Message("Supprimer « {name} »")
    String theme_delete(String name);

    @Message("Supprimer la thématique « {name} » ?")
    String theme_delete_confirm(String name);

    @Message("Enregistrer « {name} »")
    String theme_save(String name);

    @Message("Thématiques")
    String themes();

    @Message("Une thématique encore attachée à une séance, même annulée, ne peut pas être supprimée.")
    String themes_hint();

    @Message("Thématiques")
    String themes_manage();

    @Message("Aucune thématique pour l’instant.")
    String themes_none();

    @Message("Thématiques")
    String themes_title();

    @Message("Ce qui a changé depuis la version {since}")
    String public_changes_title(int since);

    @Message("Version {number} du programme, publiée le {when}.")
    String public_changes_intro(int number, String when);

    @Message("Changements du programme")
    String public_changes_h1();

    @Message("← Retour au programme")
    String public_back();

    @Message("Aucune version publiée pour l’instant.")
    String public_no_release();

    @Message("Première version publiée")
    String public_first_release();

    @Message("Ce qui a changé d’une version du programme à l’autre")
    String public_changes_link();

    @Message("Planning – {congress}")
    String planner_page(String congress);

    @Message("Choisissez une demi-journée et une salle du congrès.")
    String planner_cell_expected();

    @Message("Changements du programme – {congress}")
    String public_changes_page(String congress);

    @Message("Versions du programme – {congress}")
    String releases_page(String congress);

    @Message("Publier le programme – {congress}")
    String publish_page(String congress);

    @Message("Intervenants – {congress}")
    String speakers_page(String congress);

    @Message("Thématiques – {congress}")
    String themes_page(String congress);

    @Message("Nouvelle séance – {congress}")
    String session_new_page(String congress);

    @Message("Séance « {session} » – {congress}")
    String session_page(String session, String congress);

    @Message("{code} {start}–{end} : {count} {#if count > 1}ateliers{#else}atelier{/if} ({first}{#if count > "
            + "1}…{/if})")
    String series_label(String code, String start, String end, int count, String first);

    @Message("Choisissez une demi-journée du congrès.")
    String half_day_expected();

    @Message("Heure de début attendue, par exemple 14:00.")
    String start_expected();

    @Message("Heure de fin attendue, par exemple 15:30.")
    String end_expected();

    @Message("Un nombre entier de places, ou rien pour la capacité de la salle.")
    String capacity_expected();
}
