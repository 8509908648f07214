package fr.assises.registration.exports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The French words the committee reads in the exports instead of the service's codes. */
final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final Map<String, String> STATUS = Map.of("CONFIRMED", "Confirmé(e)", "WAITLISTED",
            "En liste d’attente", "CANCELLED", "Annulé(e)", "PENDING", "En attente de l’inscription");
    private static final Map<String, String> ITEM_STATUS = Map.of("CONFIRMED", "place réservée", "WAITLISTED",
            "en liste d’attente", "PENDING", "en attente de l’inscription");
    private static final Map<String, String> SOURCE = Map.of("SELF", "En ligne", "ORGANISER",
            "Ajout par l’organisation", "IMPORT", "Import");
    private static final Map<String, String> TERRITORY = Map.of("COMMUNE", "Commune", "INTERCOMMUNALITE",
            "Intercommunalité", "PAYS", "Pays", "PNR", "Parc naturel régional", "GAL_LEADER", "GAL Leader",
            "DEPARTEMENT", "Département", "REGION", "Région", "ETAT", "État", "ASSOCIATION", "Association",
            "AUTRE", "Autre");

    private Labels() {
    }

    static String status(String code) {
        return STATUS.getOrDefault(code, code);
    }

    static String itemStatus(String code) {
        return ITEM_STATUS.getOrDefault(code, code);
    }

    static String source(String code) {
        return SOURCE.getOrDefault(code, code);
    }

    static String territory(String code) {
        return code == null ? "" : TERRITORY.getOrDefault(code, code);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
