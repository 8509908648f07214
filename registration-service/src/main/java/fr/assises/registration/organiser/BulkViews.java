package fr.assises.registration.organiser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import fr.assises.registration.questions.CustomQuestions;
import fr.assises.registration.registering.PersonalInfo;
import fr.assises.registration.registering.RegistrationView;
import fr.assises.registration.registering.RegistrationViews;
import fr.assises.registration.settings.TerritoryType;

/**
 * Many registrations as their organiser views, in three queries whatever their number: the registrations with
 * their congress waiting-list position (a window over the congress's waiting list), their items with their
 * session waiting-list positions, and the titles of the congress's sessions. Reading them one by one cost two
 * queries per waiting person (3,000 registrations timed an export out).
 */
@ApplicationScoped
public class BulkViews {

    private static final String COLUMNS = """
            r.id, r.congress_id, r.participant_id, r.status, r.offer_expires_at, r.category, r.fee_cents, r.days,
            r.language, r.first_name, r.last_name, r.email, r.organisation, r.territory_type, r.job_title,
            r.statutory_category, r.accessibility_needs, r.dietary_needs, r.consent_version, r.consent_at,
            r.checked_in_at, r.late_change, r.anonymised_at, r.source, r.created_at, r.version, w.position,
            r.answers, r.invitation_code""";

    private static final String CONGRESS_WAITING = """
            left join (select id, count(*) over (order by waitlist_seq) as position from registration
                       where congress_id = :congress and status = 'WAITLISTED' and offer_expires_at is null
                       and waitlist_seq is not null) w on w.id = r.id""";

    private static final String ITEM_WAITING = """
            left join (select i2.id, count(*) over (partition by i2.session_id order by i2.waitlist_seq) as position
                       from registration_item i2 join registration r2 on r2.id = i2.registration_id
                       where r2.congress_id = :congress and i2.status = 'WAITLISTED'
                       and i2.waitlist_seq is not null) w on w.id = i.id""";

    @Inject
    EntityManager em;

    @Inject
    CustomQuestions questions;

    /** Registrations matching, in registration order, from {@code first}, at most {@code max} (0: all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegistrationView> views(UUID congressId, SearchSql sql, int first, int max) {
        Query rows = em.createNativeQuery("select " + COLUMNS + " from registration r " + CONGRESS_WAITING
                + " where " + sql.where() + " order by r.created_at, r.id");
        if (max > 0) {
            rows.setFirstResult(first).setMaxResults(max);
        }
        List<Object[]> registrations = list(sql.bind(rows));
        if (registrations.isEmpty()) {
            return List.of();
        }
        Query itemQuery;
        if (max > 0) {
            itemQuery = em.createNativeQuery(itemSelect() + " where i.registration_id in (:ids)" + itemOrder())
                    .setParameter("ids", registrations.stream().map(r -> (UUID) r[0]).toList())
                    .setParameter("congress", congressId);
        } else {
            itemQuery = sql.bind(em.createNativeQuery(itemSelect() + " join registration r on r.id = i.registration_id"
                    + " where " + sql.where() + itemOrder()));
        }
        Map<UUID, List<Object[]>> items = new HashMap<>();
        for (Object[] item : list(itemQuery)) {
            items.computeIfAbsent((UUID) item[0], k -> new ArrayList<>()).add(item);
        }
        Map<UUID, String> titles = new HashMap<>();
        for (Object[] s : list(em.createNativeQuery("select id, title from programme_session where congress_id = ?1")
                .setParameter(1, congressId))) {
            titles.put((UUID) s[0], (String) s[1]);
        }
        List<RegistrationView> views = new ArrayList<>(registrations.size());
        for (Object[] r : registrations) {
            views.add(view(r, questions.read(str(r[27])), items.getOrDefault((UUID) r[0], List.of()), titles));
        }
        return views;
    }

    private static String itemSelect() {
        return "select i.registration_id, i.kind, i.series_id, i.session_id, i.second_choice_id, i.assigned_rank,"
                + " i.status, w.position from registration_item i " + ITEM_WAITING;
    }

    private static String itemOrder() {
        return " order by i.registration_id, i.kind desc, i.series_id, i.session_id";
    }

    private static RegistrationView view(Object[] r, Map<String, Object> answers, List<Object[]> items,
            Map<UUID, String> titles) {
        List<RegistrationView.MealView> meals = new ArrayList<>();
        List<RegistrationView.WorkshopView> workshops = new ArrayList<>();
        for (Object[] i : items) {
            UUID session = (UUID) i[3];
            UUID second = (UUID) i[4];
            int rank = ((Number) i[5]).intValue();
            UUID held = rank == 2 && second != null ? second : session;
            String status = str(i[6]);
            Long position = "WAITLISTED".equals(status) ? (i[7] == null ? 0L : ((Number) i[7]).longValue()) : null;
            if ("MEAL".equals(str(i[1]))) {
                meals.add(new RegistrationView.MealView(session, titles.get(held), status, position));
            } else {
                workshops.add(new RegistrationView.WorkshopView((UUID) i[2], held, titles.get(held), rank, session,
                        second, status, position));
            }
        }
        String status = str(r[3]);
        Instant offer = instant(r[4]);
        Long position = "WAITLISTED".equals(status) && offer == null
                ? (r[26] == null ? 0L : ((Number) r[26]).longValue()) : null;
        boolean anonymised = r[22] != null;
        PersonalInfo person = anonymised ? null
                : new PersonalInfo(str(r[9]), str(r[10]), str(r[11]), str(r[12]),
                        r[13] == null ? null : TerritoryType.valueOf(str(r[13])), str(r[14]),
                        str(r[15]), str(r[16]), str(r[17]));
        RegistrationView.ConsentView consent = r[18] == null ? null
                : new RegistrationView.ConsentView(str(r[18]), RegistrationViews.paris(instant(r[19])));
        String days = str(r[7]);
        List<LocalDate> dayList = days == null || days.isBlank() ? List.of()
                : Arrays.stream(days.split(",")).map(LocalDate::parse).toList();
        return new RegistrationView((UUID) r[0], (UUID) r[1], str(r[2]), status, position,
                RegistrationViews.paris(offer), str(r[5]), ((Number) r[6]).longValue(), dayList, meals, workshops,
                str(r[8]), person, consent, RegistrationViews.paris(instant(r[20])), (Boolean) r[21], anonymised,
                str(r[23]), RegistrationViews.paris(instant(r[24])), ((Number) r[25]).longValue(), answers,
                str(r[28]));
    }

    /** varchar(1) columns come back as Character. */
    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
