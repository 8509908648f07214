package fr.assises.budget.congresses;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The projection of congress titles: kept only when the event's version is newer, so replays change nothing. */
@ApplicationScoped
public class CongressTitles implements PanacheRepositoryBase<CongressTitle, UUID> {

    /** @return true when this event was newer than what was kept (its days may move the budgets' totals) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID congressId, String title, long version, Integer days, Integer halfDays) {
        CongressTitle known = findById(congressId);
        boolean fresh = known == null;
        if (fresh) {
            known = new CongressTitle();
            known.congressId = congressId;
        } else if (version <= known.version) {
            return false;
        }
        known.title = title;
        known.version = version;
        known.days = days;
        known.halfDays = halfDays;
        if (fresh) {
            persist(known);
        }
        return true;
    }

    /** The programme's days and half-days of a congress, empty before an event that carried half-days. */
    public Optional<ProgrammeDays> daysOf(UUID congressId) {
        return findByIdOptional(congressId).filter(c -> c.days != null && c.halfDays != null)
                .map(c -> new ProgrammeDays(c.days, c.halfDays));
    }

    public record ProgrammeDays(int days, int halfDays) {
    }

    public Optional<String> titleOf(UUID congressId) {
        return findByIdOptional(congressId).map(c -> c.title);
    }
}
