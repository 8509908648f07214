package fr.assises.registration.registering;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A registration as its owner or an organiser sees it. */
public record RegistrationView(
        UUID id,
        UUID congressId,
        String participantId,
        String status,
        Long waitlistPosition,
        OffsetDateTime offerExpiresAt,
        String category,
        long feeCents,
        List<LocalDate> days,
        List<MealView> meals,
        List<WorkshopView> workshops,
        String language,
        PersonalInfo person,
        ConsentView consent,
        OffsetDateTime checkedInAt,
        boolean lateChange,
        boolean anonymised,
        String source,
        OffsetDateTime createdAt,
        long version,
        Map<String, Object> answers,
        String invitationCode) {

    public record MealView(UUID sessionId, String title, String status, Long waitlistPosition) {
    }

    public record WorkshopView(UUID seriesId, UUID sessionId, String title, int rank, UUID firstChoiceSessionId,
            UUID secondChoiceSessionId, String status, Long waitlistPosition) {
    }

    public record ConsentView(String version, OffsetDateTime acceptedAt) {
    }
}
