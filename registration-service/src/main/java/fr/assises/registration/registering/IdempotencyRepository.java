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

    public void save(String callerId, String key, UUID registrationId) {
        em.createNativeQuery("""
                insert into idempotency_key (caller_id, idempotency_key, registration_id) values (?1, ?2, ?3)""")
                .setParameter(1, callerId)
                .setParameter(2, key)
                .setParameter(3, registrationId)
                .executeUpdate();
    }
}
