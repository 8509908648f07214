package fr.assises.registration.exports;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.organiser.OrganiserRegistrations;
import fr.assises.registration.organiser.SearchFilter;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.RegistrationView;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;

/**
 * Organiser exports: participant list, one list per workshop, catering counts per meal. Each export reads the
 * database in a fixed number of queries (the registrations, their items, the sessions, the categories), whatever
 * the congress's size; the file itself is written while it streams out (see ExportResource).
 */
@ApplicationScoped
public class ExportService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    static final List<String> PARTICIPANT_HEADER = List.of("Nom", "Prénom", "E-mail", "Organisation",
            "Type de territoire", "Fonction", "Catégorie statutaire", "Catégorie", "Tarif (€)", "Statut",
            "Position en liste d'attente", "Jours", "Repas", "Ateliers", "Besoins d'accessibilité",
            "Régime alimentaire", "Arrivée", "Modification tardive", "Origine", "Inscrit(e) le", "Identifiant");
    static final List<String> CATERING_HEADER = List.of("Repas", "Début", "Capacité", "Confirmés",
            "En liste d'attente", "Dont modifications tardives", "Régimes alimentaires");

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    CategoryRepository categories;

    @Inject
    OrganiserRegistrations registrations;

    @Inject
    EntityManager em;

    @Transactional
    public Table participantsCsv(UUID congressId, SearchFilter filter) {
        congresses.require(congressId);
        List<RegistrationView> views = registrations.matchingViews(congressId, filter);
        if (filter.sessionId() != null) {
            views = views.stream().filter(v -> !"CANCELLED".equals(v.status())).toList();
        }
        return participants("Participants", views, categoryLabels(congressId));
    }

    @Transactional
    public Table cateringCsv(UUID congressId) {
        congresses.require(congressId);
        return catering(congressId);
    }

    /**
     * Participants, then one sheet per workshop (its confirmed and waiting people), then catering counts. The
     * whole congress is read once more and the workshop sheets are cut from it in memory: no query per workshop.
     */
    @Transactional
    public List<Table> workbook(UUID congressId, SearchFilter filter) {
        congresses.require(congressId);
        Map<String, String> labels = categoryLabels(congressId);
        List<Table> tables = new ArrayList<>();
        tables.add(participants("Participants", registrations.matchingViews(congressId, filter), labels));
        List<RegistrationView> all = registrations.matchingViews(congressId, SearchFilter.all());
        for (ProgrammeSession workshop : sessions.ofKind(congressId, ProgrammeSession.WORKSHOP)) {
            if (workshop.scheduled()) {
                Predicate<RegistrationView> holdsOrWaits = v -> !"CANCELLED".equals(v.status())
                        && v.workshops().stream().anyMatch(w -> !"PENDING".equals(w.status())
                                && workshop.id.equals(w.sessionId()));
                tables.add(participants(workshop.title, all.stream().filter(holdsOrWaits).toList(), labels));
            }
        }
        tables.add(catering(congressId));
        return tables;
    }

    private Map<String, String> categoryLabels(UUID congressId) {
        Map<String, String> labels = new HashMap<>();
        for (Category c : categories.of(congressId)) {
            labels.put(c.code, c.labelFr);
        }
        return labels;
    }

    private static Table participants(String name, List<RegistrationView> views, Map<String, String> categories) {
        List<List<Object>> rows = new ArrayList<>(views.size());
        for (RegistrationView v : views) {
            List<Object> row = new ArrayList<>(PARTICIPANT_HEADER.size());
            boolean anonymous = v.person() == null;
            row.add(anonymous ? "Anonyme" : v.person().lastName());
            row.add(anonymous ? "" : v.person().firstName());
            row.add(anonymous ? "" : v.person().email());
            row.add(anonymous ? "" : v.person().organisation());
            row.add(anonymous || v.person().territoryType() == null ? ""
                    : Labels.territory(v.person().territoryType().name()));
            row.add(anonymous ? "" : v.person().jobTitle());
            row.add(anonymous ? "" : v.person().statutoryCategory());
            row.add(categories.getOrDefault(v.category(), v.category()));
            row.add(BigDecimal.valueOf(v.feeCents(), 2));
            row.add(Labels.status(v.status()));
            row.add(v.waitlistPosition());
            row.add(v.days().stream().map(Labels::day).collect(Collectors.joining(", ")));
            row.add(v.meals().stream().map(m -> m.title() + " (" + Labels.itemStatus(m.status()) + ")")
                    .collect(Collectors.joining(", ")));
            row.add(v.workshops().stream().map(w -> w.title() + " (" + Labels.itemStatus(w.status()) + ", choix "
                    + w.rank() + ")").collect(Collectors.joining(", ")));
            row.add(anonymous ? "" : v.person().accessibilityNeeds());
            row.add(anonymous ? "" : v.person().dietaryNeeds());
            row.add(v.checkedInAt() == null ? "" : WHEN.format(v.checkedInAt()));
            row.add(v.lateChange() ? "oui" : "non");
            row.add(Labels.source(v.source()));
            row.add(WHEN.format(v.createdAt()));
            row.add(v.id().toString());
            rows.add(row);
        }
        return new Table(name, PARTICIPANT_HEADER, rows);
    }

    private Table catering(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                select i.session_id, i.status, r.late_change, r.dietary_needs
                from registration_item i join registration r on r.id = i.registration_id
                where r.congress_id = ?1 and r.status = 'CONFIRMED' and i.kind = 'MEAL'""")
                .setParameter(1, congressId)
                .getResultList();
        Map<UUID, List<Object[]>> byMeal = items.stream().collect(Collectors.groupingBy(i -> (UUID) i[0]));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeSession meal : sessions.ofKind(congressId, ProgrammeSession.MEAL)) {
            if (!meal.scheduled()) {
                continue;
            }
            long confirmed = 0;
            long waiting = 0;
            long late = 0;
            Map<String, Long> diets = new TreeMap<>();
            for (Object[] item : byMeal.getOrDefault(meal.id, List.of())) {
                if ("CONFIRMED".equals(item[1])) {
                    confirmed++;
                    if (Boolean.TRUE.equals(item[2])) {
                        late++;
                    }
                    if (item[3] != null && !item[3].toString().isBlank()) {
                        diets.merge(item[3].toString().strip().toLowerCase(Locale.FRENCH), 1L, Long::sum);
                    }
                } else if ("WAITLISTED".equals(item[1])) {
                    waiting++;
                }
            }
            rows.add(List.of(meal.title, meal.startAt == null ? "" : WHEN.format(meal.startAt),
                    meal.capacity == null ? "" : meal.capacity, confirmed, waiting, late,
                    diets.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue())
                            .collect(Collectors.joining(" ; "))));
        }
        return new Table("Restauration", CATERING_HEADER, rows);
    }
}
