package fr.assises.budget.actuals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The projection of registrations and the figures counted from it. The figures (table {@code actual_figure}) are
 * kept by the difference between a registration's previous and new state, in the transaction that applies the
 * event: an event costs a handful of statements whatever the congress's size, and reads count nothing.
 */
@ApplicationScoped
public class RegistrationProjectionRepository implements PanacheRepositoryBase<RegistrationProjection, UUID> {

    static final String CATEGORY = "CATEGORY";
    static final String MEAL = "MEAL";

    private static final String FIGURES = """
            select kind, figure_key, registrations, fee_cents from actual_figure
            where congress_id = ?1 and registrations <> 0 order by kind, figure_key""";

    private static final String PREVIOUS = """
            select p.congress_id, p.status, p.category, p.fee_cents, m.session_id, m.status
            from registration_projection p left join registration_meal m on m.registration_id = p.registration_id
            where p.registration_id = ?1""";

    private static final String UPSERT = """
            insert into registration_projection (registration_id, congress_id, status, category, fee_cents, updated_at)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (registration_id) do update set congress_id = excluded.congress_id, status = excluded.status,
                category = excluded.category, fee_cents = excluded.fee_cents, updated_at = excluded.updated_at""";

    /** A registration's state as the figures see it; {@code meals}: session to status, the last one listed wins. */
    public record State(UUID congressId, String status, String category, long feeCents, Map<UUID, String> meals) {
    }

    /** What one event moved in a congress's figures: the categories and meals whose counts changed. */
    public record Moved(UUID congressId, Set<String> categories, Set<UUID> meals) {
    }

    private record Key(UUID congressId, String kind, String figureKey) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = congressId.compareTo(o.congressId);
            c = c != 0 ? c : kind.compareTo(o.kind);
            return c != 0 ? c : figureKey.compareTo(o.figureKey);
        }
    }

    @SuppressWarnings("unchecked")
    public ActualFigures figures(UUID congressId) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> revenueByCategory = new LinkedHashMap<>();
        Map<UUID, Long> meals = new HashMap<>();
        long confirmed = 0;
        long revenue = 0;
        long mealTotal = 0;
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery(FIGURES)
                .setParameter(1, congressId).getResultList()) {
            String key = (String) row[1];
            long count = ((Number) row[2]).longValue();
            if (CATEGORY.equals(row[0])) {
                long fees = ((Number) row[3]).longValue();
                byCategory.put(key, count);
                revenueByCategory.put(key, fees);
                confirmed += count;
                revenue += fees;
            } else {
                meals.put(UUID.fromString(key), count);
                mealTotal += count;
            }
        }
        return new ActualFigures(confirmed, byCategory, revenue, revenueByCategory, meals, mealTotal);
    }

    /**
     * Replaces a registration's state (the caller checked that the event is newer) and moves the figures of its
     * congress by the difference: what the previous state counted is taken off, what the new one counts is added.
     *
     * @return what moved, per congress (none when the change counts nowhere, such as a waitlisted registration's)
     */
    @SuppressWarnings("unchecked")
    public List<Moved> apply(UUID registrationId, State state) {
        List<Object[]> rows = getEntityManager().createNativeQuery(PREVIOUS).setParameter(1, registrationId)
                .getResultList();
        State previous = null;
        if (!rows.isEmpty()) {
            Map<UUID, String> meals = new LinkedHashMap<>();
            for (Object[] row : rows) {
                if (row[4] != null) {
                    meals.put((UUID) row[4], (String) row[5]);
                }
            }
            Object[] first = rows.get(0);
            previous = new State((UUID) first[0], (String) first[1], (String) first[2], ((Number) first[3]).longValue(),
                    meals);
        }
        getEntityManager().createNativeQuery(UPSERT).setParameter(1, registrationId).setParameter(2, state.congressId())
                .setParameter(3, state.status()).setParameter(4, state.category()).setParameter(5, state.feeCents())
                .setParameter(6, Instant.now()).executeUpdate();
        replaceMeals(registrationId, previous == null ? Map.of() : previous.meals(), state.meals());
        Map<Key, long[]> delta = new TreeMap<>();
        if (previous != null) {
            count(previous, -1, delta);
        }
        count(state, 1, delta);
        delta.values().removeIf(d -> d[0] == 0 && d[1] == 0);
        move(delta);
        Map<UUID, Moved> moved = new LinkedHashMap<>();
        delta.keySet().forEach(k -> {
            Moved m = moved.computeIfAbsent(k.congressId(), c -> new Moved(c, new TreeSet<>(), new TreeSet<>()));
            if (CATEGORY.equals(k.kind())) {
                m.categories().add(k.figureKey());
            } else {
                m.meals().add(UUID.fromString(k.figureKey()));
            }
        });
        return List.copyOf(moved.values());
    }

    /** What a state counts: a confirmed registration in its category, and its confirmed meals. */
    private static void count(State s, int sign, Map<Key, long[]> delta) {
        if (!"CONFIRMED".equals(s.status())) {
            return;
        }
        long[] category = delta.computeIfAbsent(new Key(s.congressId(), CATEGORY, s.category()), k -> new long[2]);
        category[0] += sign;
        category[1] += sign * s.feeCents();
        s.meals().forEach((session, status) -> {
            if ("CONFIRMED".equals(status)) {
                delta.computeIfAbsent(new Key(s.congressId(), MEAL, session.toString()), k -> new long[2])[0] += sign;
            }
        });
    }

    /** One statement for every figure that moved, in key order so that concurrent consumers lock rows alike. */
    private void move(Map<Key, long[]> delta) {
        if (delta.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into actual_figure (congress_id, kind, figure_key, registrations, fee_cents) values ");
        List<Object> params = new ArrayList<>();
        delta.forEach((k, d) -> {
            sql.append(params.isEmpty() ? "" : ", ").append(placeholders(params.size(), 5));
            params.addAll(List.of(k.congressId(), k.kind(), k.figureKey(), d[0], d[1]));
        });
        sql.append(" on conflict (congress_id, kind, figure_key) do update set registrations = "
                + "actual_figure.registrations + excluded.registrations, fee_cents = actual_figure.fee_cents + excluded.fee_cents");
        execute(sql.toString(), params);
    }

    /** Deletes the meals no longer listed and writes the new or changed ones; an unchanged meal costs nothing. */
    private void replaceMeals(UUID registrationId, Map<UUID, String> before, Map<UUID, String> after) {
        List<Object> gone = new ArrayList<>(List.of(registrationId));
        before.keySet().stream().filter(s -> !after.containsKey(s)).forEach(gone::add);
        if (gone.size() > 1) {
            StringBuilder sql = new StringBuilder("delete from registration_meal where registration_id = ?1 and session_id in (");
            for (int i = 2; i <= gone.size(); i++) {
                sql.append(i > 2 ? ", " : "").append('?').append(i);
            }
            execute(sql.append(')').toString(), gone);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("insert into registration_meal (registration_id, session_id, status) values ");
        after.forEach((session, status) -> {
            if (!status.equals(before.get(session))) {
                sql.append(params.isEmpty() ? "" : ", ").append(placeholders(params.size(), 3));
                params.addAll(List.of(registrationId, session, status));
            }
        });
        if (!params.isEmpty()) {
            sql.append(" on conflict (registration_id, session_id) do update set status = excluded.status");
            execute(sql.toString(), params);
        }
    }

    private static String placeholders(int offset, int count) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 1; i <= count; i++) {
            s.append(i > 1 ? ", " : "").append('?').append(offset + i);
        }
        return s.append(')').toString();
    }

    private void execute(String sql, List<Object> params) {
        Query query = getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        query.executeUpdate();
    }
}
