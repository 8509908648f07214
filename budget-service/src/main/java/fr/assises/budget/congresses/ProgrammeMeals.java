package fr.assises.budget.congresses;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.assises.budget.events.SessionChangedData;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The projection of the programme's meals: kept only when the event's version is newer, so replays change nothing.
 * Sessions of other kinds are not kept, unless they were a meal before.
 */
@ApplicationScoped
public class ProgrammeMeals implements PanacheRepositoryBase<ProgrammeMeal, UUID> {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);

    /** @return true when this event changed the congress's meals (its draft budgets' totals may move) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(SessionChangedData session) {
        ProgrammeMeal known = findById(session.sessionId());
        if (known == null) {
            if (!"MEAL".equals(session.kind())) {
                return false;
            }
            known = new ProgrammeMeal();
            known.sessionId = session.sessionId();
            fill(known, session);
            persist(known);
            return true;
        }
        if (session.version() <= known.version) {
            return false;
        }
        fill(known, session);
        return true;
    }

    private static void fill(ProgrammeMeal meal, SessionChangedData session) {
        meal.congressId = session.congressId();
        meal.kind = session.kind() == null ? "" : session.kind();
        meal.title = session.title() == null || session.title().isBlank() ? "Repas" : session.title().strip();
        meal.startsAt = session.start() == null ? null : session.start().toInstant();
        meal.status = session.status() == null ? "SCHEDULED" : session.status();
        meal.version = session.version();
    }

    /**
     * The meals the published programme serves, by start; {@code known} false while programme-service has published
     * no meal of this congress (then the hypotheses' own meal plan stands).
     */
    public Served of(UUID congressId) {
        List<ProgrammeMeal> all = list("congressId", congressId);
        List<Meal> served = all.stream().filter(ProgrammeMeal::served)
                .sorted(Comparator.comparing((ProgrammeMeal m) -> m.startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.title))
                .map(m -> new Meal(m.sessionId, label(m))).toList();
        return new Served(!all.isEmpty(), served);
    }

    /** The session's title and its day, so that two lunches on two days read apart. */
    static String label(ProgrammeMeal meal) {
        return meal.startsAt == null ? meal.title : meal.title + " (" + DAY.format(meal.startsAt.atZone(PARIS)) + ")";
    }

    public record Meal(UUID sessionId, String label) {
    }

    public record Served(boolean known, List<Meal> meals) {

        public boolean serves(UUID sessionId) {
            return meals.stream().anyMatch(m -> m.sessionId().equals(sessionId));
        }
    }
}
