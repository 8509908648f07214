package fr.assises.programme.publicprogramme;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.programme.congress.Congress;
import fr.assises.programme.congress.CongressDtos;
import fr.assises.programme.congress.CongressDtos.HalfDayView;
import fr.assises.programme.congress.CongressDtos.PublicCongressView;
import fr.assises.programme.congress.CongressService;
import fr.assises.programme.publicprogramme.PublicProgrammeDtos.PublicHalfDay;
import fr.assises.programme.publicprogramme.PublicProgrammeDtos.PublicProgramme;
import fr.assises.programme.publicprogramme.PublicProgrammeDtos.PublicSession;
import fr.assises.programme.release.ReleaseService;
import fr.assises.programme.release.ReleaseService.Published;
import fr.assises.programme.release.ReleaseService.ReleaseView;
import fr.assises.programme.release.ReleaseService.ReleasedState;
import fr.assises.programme.release.SessionSnapshot;
import fr.assises.programme.session.SessionKind;
import fr.assises.programme.speaker.Speaker;
import fr.assises.programme.speaker.SpeakerDtos.PublicSpeakerView;
import fr.assises.programme.speaker.SpeakerRepository;

@ApplicationScoped
public class PublicProgrammeService {

    @Inject
    CongressService congresses;

    @Inject
    ReleaseService releases;

    @Inject
    SpeakerRepository speakers;

    @Inject
    ProgrammeCalendar calendar;

    /** Optional filters of the public programme; null means no filter. */
    public record Filter(String theme, String room, String kind) {
    }

    @Transactional
    public PublicProgramme programme(String slug, Filter filter) {
        Predicate<SessionSnapshot> accepted = predicate(filter);
        Congress congress = congresses.requirePublicSlug(slug);
        Optional<Published> latest = releases.latest(congress.id);
        List<PublicSession> all = latest.map(p -> sessions(congress, p).stream()
                .filter(s -> accepted.test(s.snapshot())).map(Item::view).toList()).orElse(List.of());
        List<PublicHalfDay> halfDays = new ArrayList<>();
        for (HalfDayView h : CongressDtos.halfDays(congress)) {
            halfDays.add(new PublicHalfDay(h.code(), h.date(), h.period(), h.start(), h.end(),
                    all.stream().filter(s -> h.code().equals(s.halfDayCode())).toList()));
        }
        ZoneId zone = congress.zone();
        return new PublicProgramme(PublicCongressView.of(congress), latest.map(p -> p.release().number).orElse(null),
                latest.map(p -> p.release().publishedAt.atZone(zone).toOffsetDateTime()).orElse(null), halfDays);
    }

    @Transactional
    public String ics(String slug) {
        Congress congress = congresses.requirePublicSlug(slug);
        Optional<Published> latest = releases.latest(congress.id);
        List<Item> items = latest.map(p -> sessions(congress, p)).orElse(List.of());
        return calendar.render(congress, latest.map(p -> p.release().publishedAt).orElse(congress.updatedAt), items);
    }

    @Transactional
    public List<ReleaseView> releases(String slug) {
        Congress congress = congresses.requirePublicSlug(slug);
        return releases.list(congress.id);
    }

    /** A released session: its snapshot, version and public view. */
    public record Item(SessionSnapshot snapshot, long version, PublicSession view) {
    }

    private List<Item> sessions(Congress congress, Published published) {
        ZoneId zone = congress.zone();
        Map<UUID, Speaker> speakersById = speakers.byId(congress.id);
        List<Item> items = new ArrayList<>();
        for (ReleasedState state : published.sessions().values()) {
            SessionSnapshot s = state.snapshot();
            List<PublicSpeakerView> people = s.speakerIds().stream().map(speakersById::get)
                    .filter(sp -> sp != null && sp.publicConsent).map(PublicSpeakerView::of)
                    .sorted(Comparator.comparing(PublicSpeakerView::name)).toList();
            Speaker moderator = s.moderatorId() == null ? null : speakersById.get(s.moderatorId());
            PublicSession view = new PublicSession(s.sessionId(), s.kind(), s.title(), s.description(),
                    s.halfDayCode(), s.start().atZone(zone).toOffsetDateTime(), s.end().atZone(zone).toOffsetDateTime(),
                    s.roomId(), s.roomName(), s.roomAccessible(), s.capacity(), s.seriesId(), s.themes(), people,
                    moderator != null && moderator.publicConsent ? PublicSpeakerView.of(moderator) : null, s.status(),
                    state.version());
            items.add(new Item(s, state.version(), view));
        }
        items.sort(Comparator.comparing((Item i) -> i.snapshot().start()).thenComparing(i -> i.snapshot().title()));
        return items;
    }

    private static Predicate<SessionSnapshot> predicate(Filter filter) {
        Predicate<SessionSnapshot> p = s -> true;
        if (filter.kind() != null && !filter.kind().isBlank()) {
            SessionKind kind;
            try {
                kind = SessionKind.valueOf(filter.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("kind", "Type de séance inconnu : " + filter.kind());
            }
            p = p.and(s -> s.kind() == kind);
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            String theme = filter.theme().strip();
            p = p.and(s -> s.themes().stream().anyMatch(t -> t.code().equals(theme) || t.id().toString().equals(theme)));
        }
        if (filter.room() != null && !filter.room().isBlank()) {
            String room = filter.room().strip();
            p = p.and(s -> s.roomId() != null
                    && (s.roomId().toString().equals(room) || Objects.equals(s.roomName(), room)
                            || s.roomName().equalsIgnoreCase(room)));
        }
        return p;
    }
}
