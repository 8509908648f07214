package fr.assises.programme.speaker;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SpeakerRepository implements PanacheRepositoryBase<Speaker, UUID> {

    public List<Speaker> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by name", congressId);
    }

    public Map<UUID, Speaker> byId(UUID congressId) {
        return ofCongress(congressId).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    public Speaker require(UUID congressId, UUID id) {
        return find("congressId = ?1 and id = ?2", congressId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Intervenant·e introuvable."));
    }
}
