package fr.assises.programme.congress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and responses of the congress feature. */
public final class CongressDtos {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private CongressDtos() {
    }

    public record HalfDayRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
    }

    public record CongressRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = "lettres minuscules, chiffres et tirets") String slug,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotBlank @Size(max = 200) String venue,
            @Size(max = 50) String timeZone,
            CongressStatus status,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid HalfDayRequest> halfDays,
            Long version) {
    }

    /**
     * What a clone carries over. ROOMS, THEMES, SPEAKERS and PROGRAMME (the session skeletons) are copied here;
     * REGISTRATION, BUDGET and EVALUATION by the service owning them, on the congress.cloned event.
     */
    public enum ClonePart {
        PROGRAMME, ROOMS, THEMES, SPEAKERS, REGISTRATION, BUDGET, EVALUATION
    }

    /** {@code parts} null means the programme's own parts (programme skeleton, rooms, themes), as before. */
    public record CloneRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = "lettres minuscules, chiffres et tirets") String slug,
            @NotNull LocalDate startDate,
            @Size(max = 200) String venue,
            Set<@NotNull ClonePart> parts) {

        public Set<ClonePart> chosenParts() {
            return parts == null ? EnumSet.of(ClonePart.PROGRAMME, ClonePart.ROOMS, ClonePart.THEMES)
                    : parts.isEmpty() ? EnumSet.noneOf(ClonePart.class) : EnumSet.copyOf(parts);
        }
    }

    /** An explicit status change; {@code version} is the one the organiser read (null: no check). */
    public record StatusRequest(@NotNull CongressStatus status, Long version) {
    }

    public record HalfDayView(String code, LocalDate date, HalfDay.Period period, OffsetDateTime start,
            OffsetDateTime end) {

        static HalfDayView of(HalfDay h, ZoneId zone) {
            return new HalfDayView(h.code, h.day, h.period, h.startAt.atZone(zone).toOffsetDateTime(),
                    h.endAt.atZone(zone).toOffsetDateTime());
        }
    }

    public record CongressView(UUID id, String slug, String title, LocalDate startDate, LocalDate endDate,
            String timeZone, String venue, CongressStatus status, List<HalfDayView> halfDays, long version) {

        public static CongressView of(Congress c) {
            return new CongressView(c.id, c.slug, c.title, c.startDate, c.endDate, c.timeZone, c.venue, c.status,
                    CongressDtos.halfDays(c), c.version);
        }
    }

    /** What anyone may read about a congress, without login. */
    public record PublicCongressView(UUID id, String slug, String title, LocalDate startDate, LocalDate endDate,
            String timeZone, String venue, CongressStatus status, List<HalfDayView> halfDays) {

        public static PublicCongressView of(Congress c) {
            return new PublicCongressView(c.id, c.slug, c.title, c.startDate, c.endDate, c.timeZone, c.venue,
                    c.status, CongressDtos.halfDays(c));
        }
    }

    public static List<HalfDayView> halfDays(Congress c) {
        ZoneId zone = c.zone();
        return c.halfDays.stream().map(h -> HalfDayView.of(h, zone)).toList();
    }
}
