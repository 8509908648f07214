package fr.assises.registration.registering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.questions.CustomQuestion;
import fr.assises.registration.questions.CustomQuestionRepository;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;
import fr.assises.registration.settings.InformationAsked;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsService;

/**
 * What every registration of a congress looks up and is the same for all of them (the congress, its settings and
 * categories, its sessions, its custom questions), kept in memory per congress under the congress's stamp
 * ({@code congress_stamp}, V240). A database trigger gives the congress a new stamp, never given before, in the
 * transaction of every change of those rows (settings saved, programme event applied, questions replaced, an
 * operator's SQL), so one indexed read tells whether the memory is still the database's state; when it is not,
 * everything is read again (stamp first, then the rows: what is kept is never older than its stamp). The copies are
 * immutable records, never managed entities.
 */
@ApplicationScoped
public class CongressLookups {

    /** A congress as a registration needs it; {@code settings} null when not set yet. */
    public record CongressData(long stamp, UUID id, String status, LocalDate startDate, LocalDate endDate,
            ZoneId zone, SettingsData settings, Map<String, CategoryData> categories, Map<UUID, SessionData> sessions,
            List<CustomQuestion> questions) {

        public SessionData session(UUID sessionId) {
            return sessions.get(sessionId);
        }

        /** A session's title, or null for a session this congress does not have. */
        public String title(UUID sessionId) {
            SessionData s = sessions.get(sessionId);
            return s == null ? null : s.title();
        }
    }

    public record SettingsData(Instant opensAt, Instant closesAt, Instant freezeAt, String privacyVersion,
            InformationAsked asked) {
    }

    public record CategoryData(String code, long feeCents, boolean invitationOnly) {
    }

    public record SessionData(UUID id, UUID congressId, String kind, String title, Instant startAt, UUID seriesId,
            String status) {

        public boolean scheduled() {
            return ProgrammeSession.SCHEDULED.equals(status);
        }

        public LocalDate date(ZoneId zone) {
            return startAt == null ? null : startAt.atZone(zone).toLocalDate();
        }
    }

    private final Map<UUID, CongressData> kept = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    CategoryRepository categories;

    @Inject
    CustomQuestionRepository questions;

    @Inject
    SettingsService settingsService;

    /**
     * The congress as the database holds it now; 404 when unknown. Not transactional on purpose (a refusal must not
     * mark the caller's transaction for rollback: bulk import validates a whole file first).
     */
    public CongressData require(UUID congressId) {
        long stamp = stamp(congressId);
        CongressData data = kept.get(congressId);
        if (data != null && data.stamp() == stamp) {
            return data;
        }
        data = load(congressId, stamp);
        kept.put(congressId, data);
        return data;
    }

    /** The congress and its settings; 422 when the settings are not set yet. */
    public CongressData requireSettings(UUID congressId) {
        CongressData data = require(congressId);
        if (data.settings() == null) {
            throw ProblemException.businessRule("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        return data;
    }

    private long stamp(UUID congressId) {
        List<?> rows = em.createNativeQuery("select stamp from congress_stamp where congress_id = ?1")
                .setParameter(1, congressId).getResultList();
        // no row: nothing changed since the stamps exist (V240), the state is the one loaded under 0
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private CongressData load(UUID congressId, long stamp) {
        Congress congress = em.find(Congress.class, congressId);
        if (congress == null) {
            throw ProblemException.notFound("Congrès inconnu : " + congressId);
        }
        RegistrationSettings s = em.find(RegistrationSettings.class, congressId);
        SettingsData settings = s == null ? null
                : new SettingsData(s.opensAt, s.closesAt, s.freezeAt, s.privacyVersion, settingsService.asked(s));
        Map<String, CategoryData> cats = new HashMap<>();
        for (Category c : categories.of(congressId)) {
            cats.put(c.code, new CategoryData(c.code, c.feeCents, c.invitationOnly));
        }
        Map<UUID, SessionData> sessions = new HashMap<>();
        em.createQuery("select s from ProgrammeSession s where s.congressId = ?1", ProgrammeSession.class)
                .setParameter(1, congressId).getResultList()
                .forEach(x -> sessions.put(x.id,
                        new SessionData(x.id, x.congressId, x.kind, x.title, x.startAt, x.seriesId, x.status)));
        List<CustomQuestion> asked = questions.of(congressId);
        asked.forEach(em::detach);
        return new CongressData(stamp, congress.id, congress.status, congress.startDate, congress.endDate,
                ZoneId.of(congress.timeZone), settings, Map.copyOf(cats), Map.copyOf(sessions), List.copyOf(asked));
    }
}
