package fr.assises.programme.congress;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.programme.Changed;
import fr.assises.programme.Versions;
import fr.assises.programme.conflicts.ConflictDetector;
import fr.assises.programme.congress.CongressDtos.CongressRequest;
import fr.assises.programme.congress.CongressDtos.CongressView;
import fr.assises.programme.congress.CongressDtos.HalfDayRequest;
import fr.assises.programme.congress.CongressDtos.PublicCongressView;
import fr.assises.programme.events.ProgrammeEvents;

@ApplicationScoped
public class CongressService {

    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    @Inject
    CongressRepository congresses;

    @Inject
    ProgrammeEvents events;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public Changed<CongressView> create(CongressRequest request) {
        ZoneId zone = zone(request.timeZone());
        List<HalfDay> halfDays = halfDays(request.startDate(), request.endDate(), zone, request.halfDays());
        requireFreeSlug(request.slug(), null);
        Congress c = new Congress();
        c.id = UUID.randomUUID();
        apply(c, request, zone, halfDays);
        c.status = request.status() == null ? CongressStatus.DRAFT : request.status();
        c.revision = 1;
        c.createdAt = c.updatedAt;
        congresses.persist(c);
        events.congressChanged(c);
        congresses.flush();
        return new Changed<>(CongressView.of(c), conflicts.detect(c.id));
    }

    @Transactional
    public Changed<CongressView> update(UUID id, CongressRequest request) {
        Congress c = congresses.require(id);
        Versions.check(request.version(), c.version);
        ZoneId zone = zone(request.timeZone());
        List<HalfDay> halfDays = halfDays(request.startDate(), request.endDate(), zone, request.halfDays());
        requireFreeSlug(request.slug(), id);
        if (request.status() != null) {
            requireTransition(c.status, request.status());
        }
        apply(c, request, zone, halfDays);
        if (request.status() != null) {
            c.status = request.status();
        }
        c.revision++;
        events.congressChanged(c);
        congresses.flush();
        return new Changed<>(CongressView.of(c), conflicts.detect(c.id));
    }

    /** An explicit move along draft, open, closed, archived; any other move is refused (409). */
    @Transactional
    public CongressView changeStatus(UUID id, CongressStatus target, Long version) {
        Congress c = congresses.require(id);
        Versions.check(version, c.version);
        if (c.status == target) {
            return CongressView.of(c);
        }
        requireTransition(c.status, target);
        c.status = target;
        c.updatedAt = Instant.now();
        c.revision++;
        events.congressChanged(c);
        congresses.flush();
        return CongressView.of(c);
    }

    static void requireTransition(CongressStatus from, CongressStatus to) {
        if (!from.canMoveTo(to)) {
            throw ProblemException.conflict("Un congrès « " + label(from) + " » ne peut pas passer à « " + label(to)
                    + " »" + (from.next() == null ? " : il est archivé." : " ; seule l’étape suivante, « "
                    + label(from.next()) + " », est possible."));
        }
    }

    private static String label(CongressStatus status) {
        return switch (status) {
            case DRAFT -> "brouillon";
            case OPEN -> "ouvert";
            case CLOSED -> "clos";
            case ARCHIVED -> "archivé";
        };
    }

    @Transactional
    public CongressView get(UUID id) {
        return CongressView.of(congresses.require(id));
    }

    @Transactional
    public List<CongressView> list() {
        return congresses.allByDate().stream().map(CongressView::of).toList();
    }

    @Transactional
    public List<PublicCongressView> listOpen() {
        return congresses.byStatuses(List.of(CongressStatus.OPEN, CongressStatus.CLOSED)).stream()
                .map(PublicCongressView::of).toList();
    }

    /** Open, closed and archived editions, the newest first (partners compare them). */
    @Transactional
    public List<PublicCongressView> listPublicEditions() {
        return congresses.allByDate().stream().filter(c -> c.status.isPublic()).map(PublicCongressView::of)
                .toList();
    }

    @Transactional
    public PublicCongressView publicBySlug(String slug) {
        return PublicCongressView.of(requirePublicSlug(slug));
    }

    /**
     * A congress anyone may see: OPEN, CLOSED or ARCHIVED. A DRAFT answers exactly like an unknown slug, so the public
     * API does not even confirm that the committee is preparing it.
     */
    public Congress requirePublicSlug(String slug) {
        return congresses.bySlug(slug).filter(c -> c.status.isPublic())
                .orElseThrow(() -> ProblemException.notFound("Congrès introuvable."));
    }

    private static void apply(Congress c, CongressRequest request, ZoneId zone, List<HalfDay> halfDays) {
        c.title = request.title().strip();
        c.slug = request.slug();
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.venue = request.venue().strip();
        c.timeZone = zone.getId();
        c.halfDays.clear();
        c.halfDays.addAll(halfDays);
        c.updatedAt = Instant.now();
    }

    void requireFreeSlug(String slug, UUID owner) {
        congresses.bySlug(slug).filter(other -> !other.id.equals(owner)).ifPresent(other -> {
            throw ProblemException.conflict("L'identifiant « " + slug + " » est déjà utilisé par un autre congrès.");
        });
    }

    static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "Fuseau horaire inconnu.");
        }
    }

    /**
     * Checks and normalises the half-days: inside the congress dates, each within one day, none overlapping,
     * at most one morning and one afternoon per day. Codes (J1-AM…) follow from the day and period.
     */
    static List<HalfDay> halfDays(LocalDate startDate, LocalDate endDate, ZoneId zone, List<HalfDayRequest> requests) {
        if (endDate.isBefore(startDate)) {
            throw ProblemException.invalidField("endDate", "La date de fin précède la date de début.");
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) > 9) {
            throw ProblemException.invalidField("endDate", "Un congrès dure au plus dix jours.");
        }
        List<HalfDay> result = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            HalfDayRequest r = requests.get(i);
            String field = "halfDays[" + i + "]";
            if (!r.end().isAfter(r.start())) {
                throw ProblemException.invalidField(field + ".end", "La fin de la demi-journée doit suivre son début.");
            }
            ZonedDateTime start = r.start().atZoneSameInstant(zone);
            ZonedDateTime end = r.end().atZoneSameInstant(zone);
            LocalDate day = start.toLocalDate();
            if (day.isBefore(startDate) || day.isAfter(endDate)) {
                throw ProblemException.invalidField(field + ".start",
                        "La demi-journée doit se situer entre les dates du congrès.");
            }
            if (!end.toLocalDate().equals(day)) {
                throw ProblemException.invalidField(field + ".end",
                        "Une demi-journée commence et finit le même jour.");
            }
            HalfDay.Period period = start.getHour() < 12 ? HalfDay.Period.MORNING : HalfDay.Period.AFTERNOON;
            String code = "J" + (ChronoUnit.DAYS.between(startDate, day) + 1)
                    + (period == HalfDay.Period.MORNING ? "-AM" : "-PM");
            result.add(new HalfDay(code, day, period, start.toInstant(), end.toInstant()));
        }
        result.sort(Comparator.comparing(h -> h.startAt));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            HalfDay h = result.get(i);
            if (i > 0 && h.startAt.isBefore(result.get(i - 1).endAt)) {
                throw ProblemException.invalidField("halfDays", "Les demi-journées " + result.get(i - 1).code
                        + " et " + h.code + " se chevauchent.");
            }
            if (!codes.add(h.code)) {
                throw ProblemException.invalidField("halfDays",
                        "Deux demi-journées " + h.code + " : une seule matinée et un seul après-midi par jour.");
            }
        }
        return result;
    }
}
