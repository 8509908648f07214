package fr.assises.programme.room;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public List<Room> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by name", congressId);
    }

    public Map<UUID, Room> byId(UUID congressId) {
        return ofCongress(congressId).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    public Room require(UUID congressId, UUID id) {
        return find("congressId = ?1 and id = ?2", congressId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Salle introuvable."));
    }

    public boolean nameTaken(UUID congressId, String name, UUID except) {
        return count("congressId = ?1 and lower(name) = lower(?2) and id <> ?3", congressId, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
