package fr.assises.programme.release;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReleaseRepository implements PanacheRepositoryBase<ProgrammeRelease, UUID> {

    public Optional<ProgrammeRelease> latest(UUID congressId) {
        return find("congressId = ?1 order by number desc", congressId).firstResultOptional();
    }

    public List<ProgrammeRelease> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by number desc", congressId);
    }
}
