package fr.assises.gateway.web.organiser.catering;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The catering page's words ({@code cat:} in templates), French first; English in {@code messages/cat_en.properties}. */
@MessageBundle(value = "cat", locale = "fr")
public interface CateringMsg {

    @Message("Restauration")
    String nav();

    @Message("Restauration : effectifs gelés pour le traiteur")
    String title();

    @Message("Date de gel des effectifs : {date}. Ce jour-là, les effectifs des repas sont gelés automatiquement ; chaque changement ultérieur est listé ci-dessous.")
    String freeze_date(String date);

    @Message("Aucune date de gel n’est fixée dans les paramètres d’inscription : gelez les effectifs vous-même le moment venu.")
    String no_freeze_date();

    @Message("Effectifs gelés le {date}{#if auto} (automatiquement, à la date de gel){#else} (à la demande du comité){/if}.")
    String frozen_on(String date, boolean auto);

    @Message("Les effectifs n’ont pas encore été gelés.")
    String not_frozen();

    @Message("Geler les effectifs maintenant")
    String freeze_now();

    @Message("Geler les effectifs maintenant ? Ils deviendront la référence transmise au traiteur, et les changements listés repartiront de zéro.")
    String freeze_confirm();

    @Message("Effectifs gelés : ils sont désormais la référence du traiteur.")
    String frozen_ok();

    @Message("Effectifs par repas")
    String meals_caption();

    @Message("Repas")
    String col_meal();

    @Message("Gelé")
    String col_frozen();

    @Message("Actuel")
    String col_current();

    @Message("Ajouts")
    String col_added();

    @Message("Retraits")
    String col_removed();

    @Message("Régimes (gel)")
    String col_diets();

    @Message("Changements tardifs depuis le gel")
    String changes_caption();

    @Message("Aucun changement depuis le gel.")
    String no_changes();

    @Message("Modifié le")
    String col_when();

    @Message("Personne")
    String col_person();

    @Message("Variation")
    String col_delta();

    @Message("Motif")
    String col_reason();

    @Message("Régime")
    String col_diet();

    @Message("{#when reason}{#is 'CANCELLED'}Inscription annulée{#is 'MEAL_CANCELLED'}Repas retiré du programme{#is 'MEAL_REMOVED'}Repas retiré de l’inscription{#is 'PROMOTED'}Sortie de la liste d’attente{#is 'NEW_REGISTRATION'}Nouvelle inscription{#is 'MEAL_ADDED'}Repas ajouté à l’inscription{#else}{reason}{/when}")
    String reason(String reason);

    @Message("{#if delta > 0}+1 couvert{#else}−1 couvert{/if}")
    String delta(int delta);

    @Message("Télécharger les changements pour le traiteur (CSV)")
    String export_csv();

    @Message("Restauration – {congress}")
    String page_title(String congress);
}
