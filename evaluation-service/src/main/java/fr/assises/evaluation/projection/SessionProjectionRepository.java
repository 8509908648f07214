package fr.assises.evaluation.projection;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionProjectionRepository implements PanacheRepositoryBase<SessionProjection, UUID> {

    public List<SessionProjection> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by startsAt, title", congressId);
    }
}
