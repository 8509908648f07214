package fr.assises.programme.release;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReleasedSessionRepository implements PanacheRepositoryBase<ReleasedSession, ReleasedSession.Key> {

    public List<ReleasedSession> ofRelease(UUID releaseId) {
        return list("key.releaseId", releaseId);
    }
}
