package fr.assises.registration.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.NativeValues;
import fr.assises.registration.billing.Payers;
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

    @Inject
    RetentionConfig retention;

    @Inject
    AccountDeletions accounts;

    @Inject
    AccountsConfig accountsConfig;

    @Inject
    Payers payers;

    @Transactional
    public PersonalData download(String participantId, UUID registrationId) {
        Registration r = mine.owned(participantId, registrationId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select checkpoint, checked_in_at from checkin where registration_id = ?1 order by checked_in_at""")
                .setParameter(1, r.id)
                .getResultList();
        List<PersonalData.CheckinRecord> checkins = rows.stream()
                .map(row -> new PersonalData.CheckinRecord((String) row[0], RegistrationViews.paris(NativeValues.instant(row[1]))))
                .toList();
        return new PersonalData(RegistrationViews.paris(Instant.now()), views.view(r), checkins,
                payers.view(r.id));
    }

    /**
     * Cancels the registration (its seats go to the next people), blanks every personal field and, when the
     * person keeps no other registration, asks for their Keycloak account to be deleted (after the commit,
     * {@link AccountDeletions}). The registration keeps its participant id, so that the person still sees it
     * as erased while their account exists.
     */
    @Transactional
    public void erase(String participantId, UUID registrationId) {
        Registration owned = mine.owned(participantId, registrationId);
        service.cancel(owned.id);
        Registration r = registrations.findById(owned.id);
        anonymise(r, Instant.now());
        registrations.flush();
        if (accountsEnabled()) {
            accounts.requestIfLast(r, participantId, "ERASURE");
        }
    }

    /**
     * Anonymises the registrations of congresses that ended more than their retention period ago: the
     * congress's {@code retentionDays} when set, else {@code assises.retention.registrations} (12 months). The
     * participant id is replaced too, so nothing links the registration, its check-ins and the events already
     * published with it to an account any more; the person's account is deleted when it served no other
     * registration. Counts and events stay.
     */
    @Transactional
    public int anonymiseExpired(LocalDate today) {
        int count = 0;
        Instant now = Instant.now();
        for (RegistrationSettings s : settings.listAll()) {
            Congress c = congresses.findById(s.congressId);
            if (c == null) {
                continue;
            }
            LocalDate lastKept = s.retentionDays == null ? c.endDate.plus(retention.registrations())
                    : c.endDate.plusDays(s.retentionDays);
            if (!today.isAfter(lastKept)) {
                continue;
            }
            // claimed row by row: two instances running the job at once anonymise each registration once; those
            // erased on request earlier still carry their participant id, which goes now
            for (Registration r : registrations.claim(
                    "congressId = ?1 and (anonymisedAt is null or participantId not like ?2)", c.id,
                    PSEUDONYM_PREFIX + "%")) {
                String participantId = r.participantId;
                if (r.anonymisedAt == null) {
                    anonymise(r, now);
                }
                r.participantId = PSEUDONYM_PREFIX + UUID.randomUUID();
                registrations.flush();
                forget(r.id);
                if (accountsEnabled()) {
                    accounts.requestIfLast(r, participantId, "RETENTION");
                }
                count++;
            }
            // the mailing history keeps what was sent and to how many, no longer which organiser sent it
            em.createNativeQuery("""
                    update mailing set sent_by = null, sent_by_name = null
                    where congress_id = ?1 and (sent_by is not null or sent_by_name is not null)""")
                    .setParameter(1, c.id).executeUpdate();
        }
        return count;
    }

    /**
     * Retry keys name the caller's subject, and the mails asked for the registration (sent, abandoned, or that
     * could no longer reach an address) say who was written to about what: neither has a purpose once the
     * registration is anonymous.
     */
    private void forget(UUID registrationId) {
        em.createNativeQuery("delete from idempotency_key where registration_id = ?1")
                .setParameter(1, registrationId).executeUpdate();
        em.createNativeQuery("delete from mail_outbox where registration_id = ?1")
                .setParameter(1, registrationId).executeUpdate();
    }

    private boolean accountsEnabled() {
        return accountsConfig.enabled();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** Participant ids given to registrations anonymised at the end of their retention period. */
    public static final String PSEUDONYM_PREFIX = "anonyme:";

    private void anonymise(Registration r, Instant now) {
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
        registrations.flush();
        // written by the organisers' desk outside the entity: a reason may name the person or their situation
        em.createNativeQuery("update registration set cancel_reason = null where id = ?1")
                .setParameter(1, r.id).executeUpdate();
        // who pays (an organisation's contact, or the person): issued invoices keep their buyer, as the law asks
        payers.erase(r.id);
    }
}
