package fr.assises.evaluation.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Purges the participants' pseudonymous data of a congress once its surveys are over and the retention period
 * has passed: each participant id (the Keycloak subject) becomes a random one, the same within the congress in
 * the registration projection and in the survey accesses, so every count (confirmed, checked in, response rates
 * per category, non-respondents) stays exactly as it was while nothing leads back to an account; check-in times
 * keep their day only, the language goes, the personal links are deleted. Responses are untouched: they never
 * held anyone's id.
 */
@ApplicationScoped
public class ParticipantRetention {

    /** Prefix of the ids given in place of the participants'; a row carrying one is done. */
    public static final String PREFIX = "anonyme:";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    /** Congresses whose participants' ids are due for purging at {@code now}. */
    @Transactional
    public List<UUID> due(Instant now) {
        ZonedDateTime limit = now.atZone(PARIS).minus(config.participants());
        LocalDate endedBefore = limit.toLocalDate();
        List<?> rows = em.createNativeQuery("""
                select c.congress_id from congress_projection c
                where c.end_date < ?1
                  and not exists (select 1 from questionnaire q where q.congress_id = c.congress_id
                                  and q.status = 'PUBLISHED' and (q.closes_at is null or q.closes_at > ?2))
                  and (exists (select 1 from registration_projection r where r.congress_id = c.congress_id
                               and r.participant_id not like 'anonyme:%')
                       or exists (select 1 from survey_access a join questionnaire q on q.id = a.questionnaire_id
                                  where q.congress_id = c.congress_id and a.participant_id not like 'anonyme:%'))
                order by c.congress_id""")
                .setParameter(1, endedBefore)
                .setParameter(2, limit.toInstant())
                .getResultList();
        return rows.stream().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).toList();
    }

    /**
     * Purges one congress in one transaction and answers how many participants it concerned. Only rows still
     * carrying a real id are touched, so a second run (or another instance running at the same time, whose
     * statements wait on the row locks and then find nothing left) changes nothing; a registration event that
     * arrives later writes a real id again, which the next run purges.
     */
    @Transactional
    public int purge(UUID congressId) {
        // one random id per participant of the congress, shared by both tables (a CTE holding a volatile
        // function is computed once); every access of the congress is rewritten by the one statement, so the
        // accesses keep sharing one xmin (see README, Anonymity)
        int participants = ((Number) em.createNativeQuery("""
                with ids as (
                    select participant_id from registration_projection
                    where congress_id = ?1 and participant_id not like 'anonyme:%'
                    union
                    select a.participant_id from survey_access a join questionnaire q on q.id = a.questionnaire_id
                    where q.congress_id = ?1 and a.participant_id not like 'anonyme:%'),
                pseudonym as (select participant_id as old_id, 'anonyme:' || gen_random_uuid() as new_id from ids),
                registrations as (
                    update registration_projection r set participant_id = m.new_id, language = null,
                        checked_in_at = date_trunc('day', r.checked_in_at, 'Europe/Paris')
                    from pseudonym m
                    where r.congress_id = ?1 and r.participant_id = m.old_id
                    returning 1),
                accesses as (
                    update survey_access a set participant_id = m.new_id
                    from pseudonym m, questionnaire q
                    where q.id = a.questionnaire_id and q.congress_id = ?1 and a.participant_id = m.old_id
                    returning 1)
                select count(*) from pseudonym""")
                .setParameter(1, congressId).getSingleResult()).intValue();
        em.createNativeQuery("""
                delete from survey_access_token t using survey_access a, questionnaire q
                where t.access_id = a.id and a.questionnaire_id = q.id and q.congress_id = ?1""")
                .setParameter(1, congressId).executeUpdate();
        return participants;
    }

    /** Purges every congress due at {@code now}, one transaction each; answers how many participants. */
    public int purgeDue(Instant now) {
        int participants = 0;
        for (UUID congressId : QuarkusTransaction.requiringNew().call(() -> due(now))) {
            participants += QuarkusTransaction.requiringNew().call(() -> purge(congressId));
        }
        return participants;
    }
}
