package fr.assises.registration.checkin;

import java.security.SecureRandom;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The generated check-in key, created once by whichever instance needs it first. */
@ApplicationScoped
public class CheckinKeyStore {

    @Inject
    EntityManager em;

    /** Its own transaction: the key must be stored even when the caller's transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] key() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("insert into checkin_key (id, secret) values (1, ?1) on conflict (id) do nothing")
                .setParameter(1, fresh)
                .executeUpdate();
        List<?> rows = em.createNativeQuery("select secret from checkin_key where id = 1").getResultList();
        return (byte[]) rows.get(0);
    }
}
