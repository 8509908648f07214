package fr.assises.programme.retention;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Erases speakers' personal data once their congress's retention period is over, keeping the programme readable:
 * a speaker who agreed to be published keeps the name, organisation, role and biography the public programme
 * showed (the archived programme stays as it was published); every speaker loses e-mail and phone; a speaker
 * who never agreed to be published keeps nothing but a neutral name, so sessions, conflicts and releases that
 * refer to them by id still read.
 */
@ApplicationScoped
public class SpeakerRetention {

    /** The name left to a speaker who was never published (the column is required). */
    public static final String ERASED_NAME = "Intervenant·e (données effacées)";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    /**
     * Erases what the period allows on {@code today} (a day in Paris) and answers how many speakers changed. One
     * statement, whose condition no longer holds once a row is erased: a second run, or another instance running
     * at the same time, changes nothing (PostgreSQL re-checks the condition on a row another transaction changed).
     * The version grows, so an organiser's form read before the erasure cannot write the contact details back.
     */
    @Transactional
    public int eraseExpired(LocalDate today) {
        LocalDate endedBefore = today.minus(config.speakers());
        return em.createNativeQuery("""
                update speaker s set
                    email = null,
                    phone = null,
                    name = case when s.public_consent then s.name else ?1 end,
                    organisation = case when s.public_consent then s.organisation end,
                    role = case when s.public_consent then s.role end,
                    bio = case when s.public_consent then s.bio end,
                    version = s.version + 1
                from congress c
                where c.id = s.congress_id and c.end_date < ?2
                  and (s.email is not null or s.phone is not null
                       or (not s.public_consent and (s.name <> ?1 or s.organisation is not null
                            or s.role is not null or s.bio is not null)))""")
                .setParameter(1, ERASED_NAME)
                .setParameter(2, endedBefore)
                .executeUpdate();
    }

    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }
}
