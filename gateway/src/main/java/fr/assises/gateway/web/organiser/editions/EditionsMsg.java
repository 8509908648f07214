package fr.assises.gateway.web.organiser.editions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The editions pages' words ({@code ed:} in templates), French first; English in {@code messages/ed_en.properties}. */
@MessageBundle(value = "ed", locale = "fr")
public interface EditionsMsg {

    @Message("Éditions")
    String editions();

    @Message("Nouvelle édition")
    String new_edition();

    @Message("Cloner une édition")
    String clone_edition();

    @Message("Cloner cette édition")
    String clone_this();

    @Message("Toutes les éditions, brouillons compris")
    String all_caption();

    @Message("Aucune édition pour l’instant : commencez par en créer une.")
    String none();

    @Message("Titre")
    String field_title();

    @Message("Adresse (identifiant dans les liens)")
    String field_slug();

    @Message("Lettres minuscules, chiffres et tirets, par exemple congres-2028 ; elle ne change plus ensuite.")
    String slug_hint();

    @Message("Premier jour")
    String field_start();

    @Message("Dernier jour")
    String field_end();

    @Message("Lieu")
    String field_venue();

    @Message("Fuseau horaire")
    String field_zone();

    @Message("{#when zone}{#is 'Europe/Paris'}France métropolitaine (Paris){#is 'America/Guadeloupe'}Guadeloupe{#is 'America/Martinique'}Martinique{#is 'America/Cayenne'}Guyane{#is 'Indian/Reunion'}La Réunion{#is 'Indian/Mayotte'}Mayotte{#is 'Pacific/Noumea'}Nouvelle-Calédonie{#else}{zone}{/when}")
    String zone(String zone);

    @Message("Chaque jour reçoit une matinée (9 h – 12 h 30) et un après-midi (14 h – 17 h 30), que vous ajustez ensuite dans la configuration. L’édition est créée en brouillon : elle n’apparaît nulle part en public tant que vous ne l’ouvrez pas.")
    String new_hint();

    @Message("Créer l’édition en brouillon")
    String create();

    @Message("Édition d’origine")
    String field_source();

    @Message("Premier jour de la nouvelle édition")
    String field_clone_start();

    @Message("Toutes les dates (demi-journées, séances, inscriptions, indicateurs) sont décalées du même nombre de jours ; le dernier jour en découle.")
    String clone_start_hint();

    @Message("Lieu (laisser vide pour garder celui de l’édition d’origine)")
    String field_clone_venue();

    @Message("Ce qui est repris")
    String parts_legend();

    @Message("{#when part}{#is 'PROGRAMME'}Squelette du programme (séances sans leurs intervenants, à replacer){#is 'ROOMS'}Salles et capacités{#is 'THEMES'}Thèmes{#is 'SPEAKERS'}Intervenants (leur accord de publication sera redemandé){#is 'REGISTRATION'}Paramètres d’inscription (catégories, tarifs, quotas, informations demandées){#is 'BUDGET'}Structure du budget et hypothèses (sans les financeurs ni les dépenses){#is 'EVALUATION'}Questionnaire et indicateurs d’évaluation{#else}{part}{/when}")
    String part(String part);

    @Message("Les inscriptions, les réponses au questionnaire et les montants engagés ne sont jamais repris. La nouvelle édition est un brouillon.")
    String clone_hint();

    @Message("Cloner en brouillon")
    String clone();

    @Message("{#when ok}{#is 'created'}Édition créée en brouillon. Complétez sa configuration puis ouvrez-la quand elle est prête.{#is 'cloned'}Édition clonée en brouillon. Les paramètres d’inscription, le budget et le questionnaire repris apparaissent dans leurs pages au bout de quelques secondes.{#is 'OPEN'}Le congrès est ouvert : il est public et les inscriptions suivent leurs dates.{#is 'CLOSED'}Les inscriptions sont closes.{#is 'ARCHIVED'}Le congrès est archivé.{#else}{ok}{/when}")
    String flash(String ok);

    @Message("Le statut (brouillon, ouvert, inscriptions closes, archivé) se change depuis la console, par une action confirmée :")
    String status_elsewhere();

    @Message("Statut du congrès")
    String status_section();

    @Message("{#when status}{#is 'DRAFT'}Ouvrir le congrès…{#is 'OPEN'}Clore les inscriptions…{#is 'CLOSED'}Archiver le congrès…{#else}{status}{/when}")
    String next_action(String status);

    @Message("{#when target}{#is 'OPEN'}Ouvrir le congrès{#is 'CLOSED'}Clore les inscriptions{#is 'ARCHIVED'}Archiver le congrès{#else}{target}{/when}")
    String confirm_title(String target);

    @Message("Ce qui change pour les participants")
    String what_changes();

    @Message("{#when target}{#is 'OPEN'}Le congrès apparaît sur la page d’accueil ; sa page et le programme publié deviennent publics.{#is 'CLOSED'}Plus personne ne peut s’inscrire ni modifier ses choix en ligne ; les inscriptions déjà faites sont gardées.{#is 'ARCHIVED'}Le congrès disparaît de la page d’accueil ; sa page et son programme restent consultables à leur adresse.{#else}{target}{/when}")
    String change_1(String target);

    @Message("{#when target}{#is 'OPEN'}Les participants peuvent s’inscrire pendant la période d’inscription paramétrée.{#is 'CLOSED'}Le congrès reste public : page, programme et informations pratiques ; chacun garde son badge et son espace.{#is 'ARCHIVED'}Les inscriptions restent closes ; les participants gardent l’accès à leur espace.{#else}{target}{/when}")
    String change_2(String target);

    @Message("Ce changement est définitif : le congrès ne reviendra pas au statut « {current} ».")
    String final_warning(String current);

    @Message("{#when target}{#is 'OPEN'}Oui, ouvrir le congrès{#is 'CLOSED'}Oui, clore les inscriptions{#is 'ARCHIVED'}Oui, archiver le congrès{#else}{target}{/when}")
    String confirm(String target);

    @Message("Annuler et revenir à la console")
    String cancel();

    @Message("Date attendue (JJ/MM/AAAA).")
    String date_expected();

    @Message("Choisissez l’édition à cloner.")
    String source_expected();

    @Message("Ce statut n’existe pas.")
    String unknown_status();

    @Message("Cette édition n’existe plus : choisissez-en une autre.")
    String source_gone();

    @Message("Statut – {congress}")
    String status_title(String congress);
}
