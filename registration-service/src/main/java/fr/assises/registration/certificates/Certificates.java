package fr.assises.registration.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.NativeValues;
import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.MyRegistrations;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationViews;

/**
 * Attendance certificates built from the check-ins: who may have one, when, and what it states. A congress's
 * certificates are read in four statements whatever its size (congress, signatory, the check-ins of its confirmed
 * people, its sessions) and rendered after the transaction, one PDF at a time.
 */
@ApplicationScoped
public class Certificates {

    /** Check-ins of confirmed, not anonymised registrations: a certificate names a person, so none for « Anonyme ». */
    private static final String CHECKINS = """
            select r.id, r.first_name, r.last_name, r.organisation, c.checkpoint, c.checked_in_at
            from registration r join checkin c on c.registration_id = r.id
            where r.congress_id = ?1 and r.status = 'CONFIRMED' and r.anonymised_at is null""";

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    SignatoryRepository signatories;

    @Inject
    RegistrationRepository registrations;

    @Inject
    MyRegistrations mine;

    @Inject
    EntityManager em;

    /** What a certificate file needs: the congress, who signs, and one or more certificates. */
    public record Bundle(Congress congress, Signatory signatory, List<Certificate> certificates) {
    }

    /** Participants get theirs from the day after the congress's last day, in the congress's time zone. */
    public static LocalDate availableFrom(Congress congress) {
        return congress.endDate == null ? null : congress.endDate.plusDays(1);
    }

    /** Over once its last day has ended where it takes place; a congress without dates never is. */
    public static boolean over(Congress congress, Instant now) {
        LocalDate from = availableFrom(congress);
        return from != null && !now.atZone(zone(congress)).toLocalDate().isBefore(from);
    }

    static ZoneId zone(Congress congress) {
        return ZoneId.of(congress.timeZone == null ? "Europe/Paris" : congress.timeZone);
    }

    @Transactional
    public SignatoryView signatory(UUID congressId) {
        congresses.require(congressId);
        Signatory s = signatories.findById(congressId);
        if (s == null) {
            throw ProblemException.notFound("Aucun signataire n'a encore été désigné pour les attestations de ce congrès.");
        }
        return view(s);
    }

    @Transactional
    public SignatoryView setSignatory(UUID congressId, SignatoryRequest request, String by) {
        congresses.require(congressId);
        Signatory s = signatories.findById(congressId);
        boolean created = s == null;
        if (created) {
            s = new Signatory();
            s.congressId = congressId;
        }
        s.name = request.name().strip();
        s.title = request.title().strip();
        s.city = request.city() == null || request.city().isBlank() ? null : request.city().strip();
        s.updatedAt = Instant.now();
        s.updatedBy = by;
        if (created) {
            signatories.persist(s);
        }
        return view(s);
    }

    @Transactional
    public CertificateSummary summary(UUID congressId) {
        Congress congress = congresses.require(congressId);
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where exists (select 1 from checkin c where c.registration_id = r.id))
                from registration r where r.congress_id = ?1 and r.status = 'CONFIRMED' and r.anonymised_at is null""")
                .setParameter(1, congressId).getSingleResult();
        long confirmed = ((Number) counts[0]).longValue();
        long withCheckIn = ((Number) counts[1]).longValue();
        Signatory s = signatories.findById(congressId);
        return new CertificateSummary(s == null ? null : view(s), confirmed, withCheckIn, confirmed - withCheckIn,
                availableFrom(congress), over(congress, Instant.now()));
    }

    /** Whether the owner may download it now, and why not in words. Another person's registration: 404. */
    @Transactional
    public CertificateStatus status(String participantId, UUID registrationId) {
        Registration r = mine.owned(participantId, registrationId);
        Congress congress = congresses.require(r.congressId);
        LocalDate from = availableFrom(congress);
        if (!Registration.CONFIRMED.equals(r.status) || r.anonymisedAt != null) {
            return new CertificateStatus(false, "NOT_CONFIRMED", "Une attestation de présence n'est délivrée "
                    + "qu'aux inscriptions confirmées ; celle-ci ne l'est pas.", from);
        }
        if (!over(congress, Instant.now())) {
            return new CertificateStatus(false, "NOT_OVER", "Votre attestation de présence sera disponible après "
                    + "la fin du congrès" + (from == null ? "." : ", à partir du " + CertificatePdf.date(from) + "."), from);
        }
        if (!checkedIn(r.id)) {
            return new CertificateStatus(false, "NO_CHECKIN", noCheckIn(), from);
        }
        if (signatories.findById(r.congressId) == null) {
            return new CertificateStatus(false, "NO_SIGNATORY", noSignatory(), from);
        }
        return new CertificateStatus(true, null, null, from);
    }

    /** The owner's certificate, once the congress is over; each refusal says why. */
    @Transactional
    public Bundle own(String participantId, UUID registrationId) {
        CertificateStatus status = status(participantId, registrationId);
        if (!status.available()) {
            throw "NO_CHECKIN".equals(status.code()) ? ProblemException.notFound(status.reason())
                    : ProblemException.conflict(status.reason());
        }
        return one(registrations.findById(registrationId));
    }

    /** Any confirmed person's certificate for the organisers, at any time after their first check-in. */
    @Transactional
    public Bundle any(UUID registrationId) {
        Registration r = registrations.findById(registrationId);
        if (r == null) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        if (!Registration.CONFIRMED.equals(r.status) || r.anonymisedAt != null) {
            throw ProblemException.conflict("Cette inscription n'est pas confirmée : elle n'a pas d'attestation.");
        }
        return one(r);
    }

    /** Every certificate of a congress, by name: a fixed number of statements whatever the number of people. */
    @Transactional
    public Bundle congress(UUID congressId) {
        Congress congress = congresses.require(congressId);
        Signatory signatory = requireSignatory(congressId);
        List<Certificate> all = build(congress, em.createNativeQuery(CHECKINS).setParameter(1, congressId)
                .getResultList());
        if (all.isEmpty()) {
            throw ProblemException.notFound("Aucune attestation : personne n'a encore été enregistré à l'accueil "
                    + "ni à un atelier ou un repas de ce congrès.");
        }
        return new Bundle(congress, signatory, all);
    }

    private Bundle one(Registration r) {
        Congress congress = congresses.require(r.congressId);
        List<Certificate> list = build(congress, em.createNativeQuery(CHECKINS + " and r.id = ?2")
                .setParameter(1, r.congressId).setParameter(2, r.id).getResultList());
        if (list.isEmpty()) {
            throw ProblemException.notFound(noCheckIn());
        }
        return new Bundle(congress, requireSignatory(r.congressId), list);
    }

    private Signatory requireSignatory(UUID congressId) {
        Signatory s = signatories.findById(congressId);
        if (s == null) {
            throw ProblemException.conflict(noSignatory());
        }
        return s;
    }

    private boolean checkedIn(UUID registrationId) {
        return !em.createNativeQuery("select 1 from checkin where registration_id = ?1")
                .setParameter(1, registrationId).setMaxResults(1).getResultList().isEmpty();
    }

    private static String noCheckIn() {
        return "Aucun passage n'a été enregistré à l'accueil pour votre inscription, ni à un atelier ou un repas : "
                + "sans présence enregistrée, il n'y a pas d'attestation. Si vous étiez présent(e), adressez-vous au "
                + "comité d'organisation.";
    }

    private static String noSignatory() {
        return "Le comité d'organisation n'a pas encore désigné la personne qui signe les attestations de présence "
                + "de ce congrès.";
    }

    /** Rows of {@link #CHECKINS} to certificates, by name; the sessions come from one read of the programme. */
    private List<Certificate> build(Congress congress, List<?> rows) {
        Map<String, ProgrammeSession> programme = rows.isEmpty() ? Map.of()
                : sessions.list("congressId", congress.id).stream()
                        .collect(Collectors.toMap(s -> s.id.toString(), Function.identity()));
        ZoneId zone = zone(congress);
        Map<UUID, Object[]> people = new LinkedHashMap<>();
        Map<UUID, TreeSet<LocalDate>> days = new LinkedHashMap<>();
        Map<UUID, List<Certificate.Attended>> attended = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            UUID id = (UUID) cells[0];
            people.putIfAbsent(id, cells);
            days.computeIfAbsent(id, k -> new TreeSet<>()).add(NativeValues.instant(cells[5]).atZone(zone).toLocalDate());
            List<Certificate.Attended> list = attended.computeIfAbsent(id, k -> new ArrayList<>());
            ProgrammeSession s = programme.get((String) cells[4]);
            if (s != null) {
                list.add(new Certificate.Attended(s.id, s.kind, s.title, s.startAt, s.endAt, s.roomName));
            }
        }
        List<Certificate> result = new ArrayList<>();
        for (Map.Entry<UUID, Object[]> e : people.entrySet()) {
            Object[] p = e.getValue();
            List<Certificate.Attended> list = attended.get(e.getKey());
            list.sort((a, b) -> a.start() == null || b.start() == null ? a.title().compareTo(b.title())
                    : a.start().equals(b.start()) ? a.title().compareTo(b.title()) : a.start().compareTo(b.start()));
            result.add(new Certificate(e.getKey(), (String) p[1], (String) p[2], (String) p[3],
                    List.copyOf(days.get(e.getKey())), List.copyOf(list)));
        }
        result.sort((a, b) -> key(a).compareTo(key(b)));
        return result;
    }

    private static String key(Certificate c) {
        return CertificateFiles.slug(c.lastName()) + " " + CertificateFiles.slug(c.firstName()) + " "
                + c.registrationId();
    }

    private static SignatoryView view(Signatory s) {
        return new SignatoryView(s.name, s.title, s.city, RegistrationViews.paris(s.updatedAt));
    }
}
