package fr.assises.evaluation.projection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.MalformedEventException;
import fr.assises.common.inbox.Inbox;
import fr.assises.evaluation.events.CongressChangedData;
import fr.assises.evaluation.events.RegistrationData;
import fr.assises.evaluation.events.ReleasedData;
import fr.assises.evaluation.events.SessionChangedData;

/** Applies programme and registration events to the local projections (newer versions only) and reads them. */
@ApplicationScoped
public class ProjectionService {

    /** Sessions everyone present on a day attended; workshops and meals count only when confirmed. */
    private static final Set<String> WHOLE_AUDIENCE_KINDS = Set.of("OPENING", "PLENARY", "ROUND_TABLE", "FORUM",
            "CLOSING");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Inbox inbox;

    @Inject
    CongressProjectionRepository congresses;

    @Inject
    SessionProjectionRepository sessions;

    @Inject
    RegistrationProjectionRepository registrations;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public void apply(CongressChangedData data) {
        require(data.congressId(), "congressId");
        if (!inbox.acceptVersion("congress", data.congressId().toString(), data.version())) {
            return;
        }
        CongressProjection congress = congresses.findByIdOptional(data.congressId()).orElseGet(() -> {
            CongressProjection created = new CongressProjection();
            created.congressId = data.congressId();
            return created;
        });
        congress.slug = data.slug();
        congress.title = Objects.requireNonNullElse(data.title(), "");
        congress.startDate = data.startDate();
        congress.endDate = data.endDate();
        congress.timeZone = data.timeZone();
        congress.status = Objects.requireNonNullElse(data.status(), "DRAFT");
        congresses.persist(congress);
    }

    @Transactional
    public void apply(SessionChangedData data) {
        require(data.sessionId(), "sessionId");
        require(data.congressId(), "congressId");
        if (!inbox.acceptVersion("session", data.sessionId().toString(), data.version())) {
            return;
        }
        SessionProjection session = sessions.findByIdOptional(data.sessionId()).orElseGet(() -> {
            SessionProjection created = new SessionProjection();
            created.sessionId = data.sessionId();
            return created;
        });
        session.congressId = data.congressId();
        session.kind = Objects.requireNonNullElse(data.kind(), "PLENARY");
        session.title = Objects.requireNonNullElse(data.title(), "");
        session.halfDayCode = data.halfDayCode();
        session.startsAt = data.start() == null ? null : data.start().toInstant();
        session.endsAt = data.end() == null ? null : data.end().toInstant();
        session.roomName = data.roomName();
        session.status = Objects.requireNonNullElse(data.status(), "SCHEDULED");
        sessions.persist(session);
    }

    @Transactional
    public void apply(ReleasedData data) {
        require(data.congressId(), "congressId");
        if (!inbox.acceptVersion("release", data.congressId().toString(), data.version())) {
            return;
        }
        CongressProjection congress = congresses.findByIdOptional(data.congressId()).orElseGet(() -> {
            // the release may overtake the congress event (different keys, different partitions)
            CongressProjection created = new CongressProjection();
            created.congressId = data.congressId();
            created.title = "";
            created.status = "DRAFT";
            return created;
        });
        congress.releasedSessionIds = write(data.sessionIds() == null ? List.of() : data.sessionIds());
        congresses.persist(congress);
    }

    @Transactional
    public void apply(RegistrationData data) {
        require(data.registrationId(), "registrationId");
        require(data.congressId(), "congressId");
        require(data.participantId(), "participantId");
        if (!inbox.acceptVersion("registration", data.registrationId().toString(), data.version())) {
            return;
        }
        RegistrationProjection registration = registrations.findByIdOptional(data.registrationId())
                .orElseGet(() -> {
                    RegistrationProjection created = new RegistrationProjection();
                    created.registrationId = data.registrationId();
                    return created;
                });
        registration.congressId = data.congressId();
        registration.participantId = data.participantId();
        registration.status = Objects.requireNonNullElse(data.status(), "CONFIRMED");
        registration.category = coarse(data.category());
        registration.days = write(data.days() == null ? List.of() : data.days());
        List<UUID> confirmed = new ArrayList<>();
        confirmedOf(data.workshops(), confirmed);
        confirmedOf(data.meals(), confirmed);
        registration.confirmedSessionIds = write(confirmed);
        registration.checkedInAt = data.checkedInAt() == null ? null : data.checkedInAt().toInstant();
        registration.language = data.language();
        registrations.persist(registration);
    }

    /** The eligible participant, when they checked in at this congress. */
    @Transactional
    public Optional<Participant> eligible(UUID congressId, String participantId) {
        List<RegistrationProjection> found = registrations.checkedIn(congressId, participantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toParticipant(found, sessions.ofCongress(congressId), releasedIds(congressId)));
    }

    /** Every eligible participant of a congress, by participant id. */
    @Transactional
    public Map<String, Participant> eligible(UUID congressId) {
        Map<String, List<RegistrationProjection>> byParticipant = new LinkedHashMap<>();
        for (RegistrationProjection r : registrations.checkedIn(congressId)) {
            byParticipant.computeIfAbsent(r.participantId, k -> new ArrayList<>()).add(r);
        }
        List<SessionProjection> all = sessions.ofCongress(congressId);
        Set<UUID> released = releasedIds(congressId);
        Map<String, Participant> result = new LinkedHashMap<>();
        byParticipant.forEach((id, regs) -> result.put(id, toParticipant(regs, all, released)));
        return result;
    }

    /** Released, scheduled sessions of a congress, in programme order. */
    @Transactional
    public List<SessionProjection> sessionsOf(UUID congressId) {
        Set<UUID> released = releasedIds(congressId);
        return sessions.ofCongress(congressId).stream().filter(s -> isOffered(s, released)).toList();
    }

    @Transactional
    public Optional<CongressProjection> congress(UUID congressId) {
        return congresses.findByIdOptional(congressId);
    }

    @Transactional
    public long confirmedCount(UUID congressId) {
        return registrations.countConfirmedParticipants(congressId);
    }

    @Transactional
    public long checkedInCount(UUID congressId) {
        return registrations.countCheckedInParticipants(congressId);
    }

    @Transactional
    public Map<String, Long> checkedInByCategory(UUID congressId) {
        return registrations.countCheckedInByCategory(congressId);
    }

    private Participant toParticipant(Collection<RegistrationProjection> regs, List<SessionProjection> all,
            Set<UUID> released) {
        Set<UUID> chosen = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        String category = null;
        String language = null;
        String participantId = null;
        for (RegistrationProjection r : regs) {
            chosen.addAll(read(r.confirmedSessionIds, new TypeReference<List<UUID>>() { }));
            days.addAll(read(r.days, new TypeReference<List<LocalDate>>() { }));
            category = r.category;
            language = r.language;
            participantId = r.participantId;
        }
        Set<UUID> attended = new HashSet<>();
        for (SessionProjection s : all) {
            if (!isOffered(s, released)) {
                continue;
            }
            boolean onTheirDay = days.isEmpty() || s.startsAt == null
                    || days.contains(s.startsAt.atZone(PARIS).toLocalDate());
            if (chosen.contains(s.sessionId) || (WHOLE_AUDIENCE_KINDS.contains(s.kind) && onTheirDay)) {
                attended.add(s.sessionId);
            }
        }
        return new Participant(participantId, category, attended, language);
    }

    private static boolean isOffered(SessionProjection s, Set<UUID> released) {
        return "SCHEDULED".equals(s.status) && (released == null || released.contains(s.sessionId));
    }

    private Set<UUID> releasedIds(UUID congressId) {
        return congresses.findByIdOptional(congressId)
                .filter(c -> c.releasedSessionIds != null)
                .map(c -> (Set<UUID>) new HashSet<>(read(c.releasedSessionIds, new TypeReference<List<UUID>>() { })))
                .orElse(null);
    }

    private static void confirmedOf(List<RegistrationData.Choice> choices, List<UUID> into) {
        if (choices == null) {
            return;
        }
        for (RegistrationData.Choice c : choices) {
            if (c != null && c.sessionId() != null && "CONFIRMED".equals(c.status())) {
                into.add(c.sessionId());
            }
        }
    }

    /** Categories are kept coarse: an upper-case code, never free text. */
    static String coarse(String category) {
        if (category == null || category.isBlank()) {
            return "NON_PRECISE";
        }
        String code = category.trim().toUpperCase().replaceAll("[^A-Z0-9_]", "_");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new MalformedEventException("event data without " + field);
        }
    }

    private String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
