package fr.assises.registration.claims;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A signed-in participant takes over the registrations the committee made for their e-mail. Only an e-mail the
 * identity provider verified counts (anyone can type someone else's address when creating an account), and a
 * congress where the person already holds an active registration keeps that one: the other stays unclaimed.
 */
@ApplicationScoped
public class Claims {

    @Inject
    EntityManager em;

    /** The ids of the registrations now theirs (none when nothing matches). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> claim(String subject, String email) {
        return em.createNativeQuery("""
                update registration r set participant_id = ?1, claimed_at = now(), updated_at = now(),
                    version = r.version + 1
                where lower(r.email) = lower(?2) and r.claimed_at is null and r.source in ('ORGANISER', 'IMPORT')
                  and r.status <> 'CANCELLED' and r.anonymised_at is null
                  and not exists (select 1 from registration o where o.congress_id = r.congress_id
                                  and o.participant_id = ?1 and o.status <> 'CANCELLED')
                returning r.id""")
                .setParameter(1, subject)
                .setParameter(2, email)
                .getResultList();
    }
}
