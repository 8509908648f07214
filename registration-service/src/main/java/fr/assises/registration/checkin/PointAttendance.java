package fr.assises.registration.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Data of {@code fr.assises.checkin.point-attendance.v1}: the attendance of one workshop or meal point
 * after a scan there. Counts only, no registration or participant id: the other services need how many came,
 * not who. {@code version} grows with every scan published, so a consumer keeps the newest. The type is not
 * under {@code fr.assises.registration.}: consumers of the topic read those as a registration's whole state.
 */
public record PointAttendance(
        @NotNull UUID congressId,
        @NotNull UUID sessionId,
        @NotNull String kind,
        long expected,
        long arrived,
        long unexpected,
        @NotNull OffsetDateTime checkedInAt,
        long version) {

    public static final String TYPE = "fr.assises.checkin.point-attendance.v1";
}
