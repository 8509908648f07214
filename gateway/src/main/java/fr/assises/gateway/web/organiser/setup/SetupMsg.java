package fr.assises.gateway.web.organiser.setup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The congress set-up pages' words built in Java (titles, refusals; {@code su:} in templates), French first; English
 * in {@code messages/su_en.properties}.
 */
@MessageBundle(value = "su", locale = "fr")
public interface SetupMsg {

    @Message("Configuration – {congress}")
    String page_title(String congress);

    @Message("Date attendue (JJ/MM/AAAA).")
    String date_expected();

    @Message("Heure attendue au format HH:MM pour chaque demi-journée.")
    String times_expected();

    @Message("La date de fin précède la date de début.")
    String end_before_start();

    @Message("La demi-journée {code} ({day}) serait hors des dates du congrès : retirez-la d'abord.")
    String half_day_outside(String code, String day);

    @Message("Les demi-journées sont numérotées depuis le premier jour : {code} deviendrait {renumbered} et ses "
            + "séances perdraient leur place. Déplacez d'abord les séances, ou clonez le congrès.")
    String half_day_renumbered(String code, String renumbered);

    @Message("Choisissez une date du congrès.")
    String day_expected();

    @Message("Choisissez le matin ou l'après-midi.")
    String period_expected();

    @Message("Heure attendue au format HH:MM.")
    String time_expected();

    @Message("Une matinée commence avant midi, un après-midi à midi ou après.")
    String period_mismatch();

    @Message("La demi-journée {code} accueille encore {count} {#if count > 1}séances{#else}séance{/if} "
            + "({sessions}) : déplacez-les avant de la retirer.")
    String half_day_holds(String code, int count, String sessions);

    @Message("Capacité attendue : un nombre entier de places, au moins 1.")
    String capacity_expected();

    @Message("Nom de la salle : {message}")
    String room_name_refused(String message);

    @Message("Capacité : {message}")
    String capacity_refused(String message);
}
