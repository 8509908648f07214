package fr.assises.registration.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;

/** The history of what the committee sent (V50): one row per mailing or reminder run, its recipients' ids. */
@ApplicationScoped
public class MailingHistory {

    /** Who sent it: the token's subject and name; null for the scheduled reminder. */
    public record Sender(String id, String name) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Recorded in the caller's transaction, so the history and the mails it asked for commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(UUID congressId, String kind, MailingViews.Message fr, MailingViews.Message en,
            MailingFilter filter, List<UUID> recipients, Sender sender) {
        UUID id = UUID.randomUUID();
        String filterJson;
        try {
            filterJson = json.writeValueAsString(filter == null ? new MailingFilter(null, null, null, null, null,
                    null, null, null) : filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into mailing (id, congress_id, kind, subject_fr, subject_en, text_fr, text_en, filter_json,
                    recipients, sent_by, sent_by_name, sent_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, id).setParameter(2, congressId).setParameter(3, kind)
                .setParameter(4, fr.subject()).setParameter(5, en == null ? null : en.subject())
                .setParameter(6, fr.text()).setParameter(7, en == null ? null : en.text())
                .setParameter(8, filterJson).setParameter(9, recipients.size())
                .setParameter(10, sender == null ? null : sender.id())
                .setParameter(11, sender == null ? null : sender.name())
                .setParameter(12, Timestamp.from(Instant.now()))
                .executeUpdate();
        for (UUID registrationId : recipients) {
            em.createNativeQuery("insert into mailing_recipient (mailing_id, registration_id) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, registrationId).executeUpdate();
        }
        return id;
    }

    /** Newest first, at most {@code limit}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MailingViews.Sent> list(UUID congressId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, subject_fr, subject_en, text_fr, text_en, filter_json, recipients, sent_by_name,
                       sent_at
                from mailing where congress_id = ?1 order by sent_at desc, id limit ?2""")
                .setParameter(1, congressId).setParameter(2, limit).getResultList();
        return rows.stream().map(this::sent).toList();
    }

    /** The people one mailing went to, in the order of their names. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MailingViews.Recipient> recipients(UUID congressId, UUID mailingId) {
        Number found = (Number) em.createNativeQuery("select count(*) from mailing where id = ?1 and congress_id = ?2")
                .setParameter(1, mailingId).setParameter(2, congressId).getSingleResult();
        if (found.intValue() == 0) {
            throw ProblemException.notFound("Envoi introuvable.");
        }
        List<Object[]> rows = em.createNativeQuery("""
                select m.registration_id, r.first_name, r.last_name, r.email
                from mailing_recipient m left join registration r on r.id = m.registration_id
                where m.mailing_id = ?1 order by r.last_name, r.first_name, m.registration_id""")
                .setParameter(1, mailingId).getResultList();
        return rows.stream().map(r -> new MailingViews.Recipient((UUID) r[0],
                r[1] == null ? null : (r[1] + " " + r[2]).trim(), (String) r[3])).toList();
    }

    private MailingViews.Sent sent(Object[] r) {
        MailingFilter filter;
        try {
            filter = json.readValue((String) r[6], MailingFilter.class);
        } catch (JsonProcessingException e) {
            filter = null;
        }
        Instant at = r[9] instanceof Timestamp t ? t.toInstant() : r[9] instanceof Instant i ? i
                : ((OffsetDateTime) r[9]).toInstant();
        return new MailingViews.Sent((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], filter, ((Number) r[7]).intValue(), (String) r[8], at.atOffset(ZoneOffset.UTC));
    }
}
