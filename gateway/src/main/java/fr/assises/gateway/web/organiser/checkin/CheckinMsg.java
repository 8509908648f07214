package fr.assises.gateway.web.organiser.checkin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The check-in desk's words ({@code ck:} in templates), French first; English in {@code messages/ck_en.properties}. */
@MessageBundle(value = "ck", locale = "fr")
public interface CheckinMsg {

    @Message("Point d’accueil")
    String point_legend();

    @Message("Où scannez-vous ?")
    String point_label();

    @Message("L’entrée, un atelier ou un repas : les arrivées sont comptées pour ce point.")
    String point_hint();

    @Message("Ce point n’est pas ou plus au programme : choisissez-en un autre.")
    String unknown_point();

    @Message("Choisir ce point")
    String point_choose();

    @Message("Entrée du congrès")
    String entrance();

    @Message("Ateliers")
    String workshops();

    @Message("Repas")
    String meals();

    @Message("Point actuel :")
    String current_point();

    @Message("{name} n’était pas inscrit(e) à ce point : arrivée comptée à part.")
    String not_expected(String name);

    @Message("Ce point :")
    String this_point();

    @Message("{arrived} arrivée{#if arrived > 1}s{/if} sur {expected} personne{#if expected > 1}s{/if} attendue{#if expected > 1}s{/if} ; {noShows} absente{#if noShows > 1}s{/if}{#if unexpected > 0} ; {unexpected} arrivée{#if unexpected > 1}s{/if} non attendue{#if unexpected > 1}s{/if}{/if}")
    String point_summary(long arrived, long expected, long noShows, long unexpected);

    @Message("Arrivées par point")
    String by_point();

    @Message("Point")
    String col_point();

    @Message("Début")
    String col_start();

    @Message("Attendus")
    String col_expected();

    @Message("Arrivés")
    String col_arrived();

    @Message("Absents")
    String col_no_shows();

    @Message("Non attendus")
    String col_unexpected();

    @Message("Arrivées par catégorie (entrée)")
    String by_category();

    @Message("Exporter les arrivées par point (CSV)")
    String export_points();

    @Message("Badges à imprimer")
    String badges_title();

    @Message("{total} {#if total == 1}badge{#else}badges{/if} par ordre alphabétique des noms, en {#if files == 1}un fichier{#else}{files} fichiers de {size} au plus{/if} : chaque fichier arrive en quelques secondes (le congrès entier en un seul fichier en demanderait une vingtaine).")
    String badges_hint(int total, int files, int size);

    @Message("Badges {from} à {to} ({first} – {last}), PDF")
    String badges_batch(int from, int to, String first, String last);

    @Message("Aucune inscription confirmée : aucun badge à imprimer pour l’instant.")
    String badges_none();
}
