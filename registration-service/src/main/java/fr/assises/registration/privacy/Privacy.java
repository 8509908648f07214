package fr.assises.registration.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.MyRegistrations;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationService;
import fr.assises.registration.registering.RegistrationViews;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsRepository;

/** RGPD: a person downloads or erases their data; after the retention period everyone is anonymised. */
@ApplicationScoped
public class Privacy {

    @Inject
    MyRegistrations mine;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationService service;

    @Inject
    RegistrationViews views;

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    EntityManager em;

    @Transactional
    public PersonalData download(String participantId, UUID registrationId) {
        Registration r = mine.owned(participantId, registrationId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select checkpoint, checked_in_at from checkin where registration_id = ?1 order by checked_in_at""")
                .setParameter(1, r.id)
                .getResultList();
        List<PersonalData.CheckinRecord> checkins = rows.stream()
                .map(row -> new PersonalData.CheckinRecord((String) row[0], RegistrationViews.paris(instant(row[1]))))
                .toList();
        return new PersonalData(RegistrationViews.paris(Instant.now()), views.view(r), checkins);
    }

    /** Cancels the registration (its seats go to the next people) and blanks every personal field. */
    @Transactional
    public void erase(String participantId, UUID registrationId) {
        Registration owned = mine.owned(participantId, registrationId);
        service.cancel(owned.id);
        Registration r = registrations.findById(owned.id);
        anonymise(r, Instant.now());
    }

    /** Anonymises the registrations of congresses that ended more than their retention period ago. */
    @Transactional
    public int anonymiseExpired(LocalDate today) {
        int count = 0;
        Instant now = Instant.now();
        for (RegistrationSettings s : settings.list("retentionDays is not null")) {
            Congress c = congresses.findById(s.congressId);
            if (c == null || !today.isAfter(c.endDate.plusDays(s.retentionDays))) {
                continue;
            }
            // claimed row by row: two instances running the job at once anonymise each registration once
            for (Registration r : registrations.claim("congressId = ?1 and anonymisedAt is null", c.id)) {
                anonymise(r, now);
                count++;
            }
        }
        return count;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static void anonymise(Registration r, Instant now) {
        r.firstName = null;
        r.lastName = null;
        r.email = null;
        r.organisation = null;
        r.territoryType = null;
        r.jobTitle = null;
        r.statutoryCategory = null;
        r.accessibilityNeeds = null;
        r.dietaryNeeds = null;
        r.answers = null;
        r.anonymisedAt = now;
        r.updatedAt = now;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
