package fr.assises.registration.registering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Idempotency-Key of registration requests, scoped to the participant who sent them. */
@ApplicationScoped
public class IdempotencyRepository {

    @Inject
    EntityManager em;

    public Optional<UUID> find(String participantId, String key) {
        List<?> rows = em.createNativeQuery("""
                select registration_id from idempotency_key where participant_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, participantId)
                .setParameter(2, key)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((UUID) rows.get(0));
    }

    public void save(String participantId, String key, UUID registrationId) {
        em.createNativeQuery("""
                insert into idempotency_key (participant_id, idempotency_key, registration_id) values (?1, ?2, ?3)""")
                .setParameter(1, participantId)
                .setParameter(2, key)
                .setParameter(3, registrationId)
                .executeUpdate();
    }
}
