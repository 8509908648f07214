package fr.assises.registration.registering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Idempotency-Key of registration requests, scoped to the caller who sent them (a participant, or an organiser adding people). */
@ApplicationScoped
public class IdempotencyRepository {

    @Inject
    EntityManager em;

    public Optional<UUID> find(String callerId, String key) {
        List<?> rows = em.createNativeQuery("""
                select registration_id from idempotency_key where caller_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, callerId)
                .setParameter(2, key)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((UUID) rows.get(0));
    }

    /**
     * Records the key for a registration about to be made; false when the key is already taken. A concurrent
     * request with the same key waits here until the first one commits (then false) or rolls back (then true).
     */
    public boolean claim(String callerId, String key, UUID registrationId) {
        return em.createNativeQuery("""
                insert into idempotency_key (caller_id, idempotency_key, registration_id) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, callerId)
                .setParameter(2, key)
                .setParameter(3, registrationId)
                .executeUpdate() == 1;
    }
}
