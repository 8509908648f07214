package fr.assises.programme.congress;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, UUID> {

    public Congress require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Congrès introuvable."));
    }

    /** Serialises the changes of one congress' programme (releases, clones) behind a row lock. */
    public Congress lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Congrès introuvable."));
    }

    public Optional<Congress> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Congress> byStatuses(List<CongressStatus> statuses) {
        return list("status in ?1 order by startDate", statuses);
    }

    public List<Congress> allByDate() {
        return list("order by startDate desc");
    }
}
