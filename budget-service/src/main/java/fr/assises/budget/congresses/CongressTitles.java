package fr.assises.budget.congresses;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The projection of congress titles: kept only when the event's version is newer, so replays change nothing. */
@ApplicationScoped
public class CongressTitles implements PanacheRepositoryBase<CongressTitle, UUID> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID congressId, String title, long version) {
        CongressTitle known = findById(congressId);
        if (known == null) {
            CongressTitle created = new CongressTitle();
            created.congressId = congressId;
            created.title = title;
            created.version = version;
            persist(created);
        } else if (version > known.version) {
            known.title = title;
            known.version = version;
        }
    }

    public Optional<String> titleOf(UUID congressId) {
        return findByIdOptional(congressId).map(c -> c.title);
    }
}
