package fr.assises.registration.organiser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * The one SQL condition behind the organiser search, the exports and the mailings (alias {@code r} for
 * {@code registration}). The text matches every word, accent- and case-insensitively, against the column that
 * PostgreSQL keeps folded (V10): the words are folded by the same SQL function, so both sides always agree.
 */
public final class SearchSql {

    private final StringBuilder where = new StringBuilder("r.congress_id = :congress");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SearchSql() {
    }

    public static SearchSql of(UUID congressId, SearchFilter f) {
        SearchSql sql = new SearchSql();
        sql.parameters.put("congress", congressId);
        if (f.status() != null) {
            sql.where.append(" and r.status = :status");
            sql.parameters.put("status", f.status());
        }
        if (f.category() != null) {
            sql.where.append(" and r.category = :category");
            sql.parameters.put("category", f.category());
        }
        if (f.sessionId() != null) {
            // the session whose seat an item holds or waits for: the second choice once it was assigned
            sql.where.append(" and exists (select 1 from registration_item i where i.registration_id = r.id"
                    + " and i.status <> 'PENDING' and ((i.assigned_rank = 1 and i.session_id = :session)"
                    + " or (i.assigned_rank = 2 and i.second_choice_id = :session)))");
            sql.parameters.put("session", f.sessionId());
        }
        if (f.checkedIn() != null) {
            sql.where.append(f.checkedIn() ? " and r.checked_in_at is not null" : " and r.checked_in_at is null");
        }
        if (f.lateChange() != null) {
            sql.where.append(" and r.late_change = :late");
            sql.parameters.put("late", f.lateChange());
        }
        if (f.question() != null && f.answer() != null) {
            // answers are kept as a JSON object (question id to a value, or to a list of codes)
            sql.where.append(" and r.answers is not null and (cast(r.answers as jsonb) ->> :question = :answer"
                    + " or (jsonb_typeof(cast(r.answers as jsonb) -> :question) = 'array'"
                    + " and jsonb_exists(cast(r.answers as jsonb) -> :question, :answer)))");
            sql.parameters.put("question", f.question().toString());
            sql.parameters.put("answer", f.answer());
        }
        List<String> words = words(f.text());
        for (int i = 0; i < words.size(); i++) {
            sql.where.append(" and r.search_text like '%' || registration_fold(:w").append(i).append(") || '%'");
            sql.parameters.put("w" + i, escapeLike(words.get(i)));
        }
        return sql;
    }

    public String where() {
        return where.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty() && words.size() < 5) {
                words.add(word);
            }
        }
        return words;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
