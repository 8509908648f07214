package fr.assises.programme.theme;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, UUID> {

    public List<Theme> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by name", congressId);
    }

    public Map<UUID, Theme> byId(UUID congressId) {
        return ofCongress(congressId).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    }

    public Theme require(UUID congressId, UUID id) {
        return find("congressId = ?1 and id = ?2", congressId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Thématique introuvable."));
    }

    public boolean codeTaken(UUID congressId, String code, UUID except) {
        return count("congressId = ?1 and code = ?2 and id <> ?3", congressId, code,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
