package fr.assises.registration.programme;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ProgrammeSession, UUID> {

    public List<ProgrammeSession> ofKind(UUID congressId, String kind) {
        return list("congressId = ?1 and kind = ?2 order by startAt, title", congressId, kind);
    }
}
