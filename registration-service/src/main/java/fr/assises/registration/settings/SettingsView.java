package fr.assises.registration.settings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fr.assises.registration.questions.QuestionView;

/** Registration settings as shown to the form and to organisers (no personal data). */
public record SettingsView(
        UUID congressId,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        int totalCapacity,
        OffsetDateTime freezeAt,
        int offerHours,
        String privacyNoticeVersion,
        Integer retentionDays,
        int reminderDaysBefore,
        List<CategoryView> categories,
        InformationAsked information,
        List<TerritoryType> territoryTypes,
        List<String> statutoryCategories,
        List<QuestionView> questions) {

    public record CategoryView(String code, String labelFr, String labelEn, long feeCents, Integer quota,
            String colour, boolean invitationOnly) {
    }
}
