package fr.assises.evaluation.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.events.MalformedEventException;
import fr.assises.common.inbox.Inbox;
import fr.assises.evaluation.events.SettingsChangedData;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The names of the registration categories, replaced whole by each newer settings event (version checked through
 * the inbox, so a duplicate or an older event changes nothing), and the name to print for a category code.
 */
@ApplicationScoped
public class CategoryLabels implements PanacheRepositoryBase<CategoryLabel, CategoryLabel.Key> {

    static final String AGGREGATE = "registration-settings";

    /** What the survey itself puts in place of a category: a registration published without one. */
    private static final Map<String, Name> OWN = Map.of("NON_PRECISE", new Name("Non précisée", "Not given"));

    /** A category's names in both languages. */
    public record Name(String fr, String en) {
    }

    @Inject
    Inbox inbox;

    @Transactional
    public void apply(SettingsChangedData data) {
        if (data.congressId() == null || data.version() == null || data.categories() == null
                || data.categories().stream().anyMatch(c -> c == null || c.code() == null || c.code().isBlank())) {
            throw new MalformedEventException("settings event without congressId, version or category codes");
        }
        if (!inbox.acceptVersion(AGGREGATE, data.congressId().toString(), data.version())) {
            return;
        }
        delete("congressId", data.congressId());
        flush();
        Map<String, CategoryLabel> rows = new HashMap<>();
        for (SettingsChangedData.Category c : data.categories()) {
            CategoryLabel row = new CategoryLabel();
            row.congressId = data.congressId();
            row.code = ProjectionService.coarse(c.code());
            row.labelFr = blank(c.labelFr()) ? humanised(row.code) : c.labelFr().trim();
            row.labelEn = blank(c.labelEn()) ? row.labelFr : c.labelEn().trim();
            rows.putIfAbsent(row.code, row);
        }
        rows.values().forEach(this::persist);
    }

    /**
     * The names of each code of a congress: registration-service's when its settings arrived, the survey's own
     * for a missing category, else the code written as words (« Professionnel ») rather than a code.
     */
    public Map<String, Name> of(UUID congressId, List<String> codes) {
        Map<String, Name> known = new HashMap<>();
        list("congressId", congressId).forEach(c -> known.put(c.code, new Name(c.labelFr, c.labelEn)));
        Map<String, Name> names = new HashMap<>();
        for (String code : codes) {
            Name name = known.getOrDefault(code, OWN.get(code));
            names.put(code, name != null ? name : new Name(humanised(code), humanised(code)));
        }
        return names;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String humanised(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
