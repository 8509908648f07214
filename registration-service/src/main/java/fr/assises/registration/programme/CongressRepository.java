package fr.assises.registration.programme;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, UUID> {

    public Congress require(UUID id) {
        Congress congress = findById(id);
        if (congress == null) {
            throw ProblemException.notFound("Congrès inconnu : " + id);
        }
        return congress;
    }
}
