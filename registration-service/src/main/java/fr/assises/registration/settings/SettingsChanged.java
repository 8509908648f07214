package fr.assises.registration.settings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code fr.assises.registration-settings.changed.v1}: the fee categories, quotas and capacity of a congress,
 * so that the budget counts with the fees participants are really charged instead of a copy typed again. No person:
 * the labels are the committee's names of the categories. The type is outside {@code fr.assises.registration.} on
 * purpose: the consumers of the topic read every such event as one registration's state.
 */
public record SettingsChanged(UUID congressId, int totalCapacity, OffsetDateTime opensAt, OffsetDateTime closesAt,
        List<CategoryData> categories, long version) {

    public static final String TYPE = "fr.assises.registration-settings.changed.v1";

    /** A category as the budget needs it: code, labels, fee in euro cents, optional quota. */
    public record CategoryData(String code, String labelFr, String labelEn, long feeCents, Integer quota,
            boolean invitationOnly) {
    }
}
