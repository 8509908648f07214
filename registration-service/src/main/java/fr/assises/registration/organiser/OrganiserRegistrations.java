package fr.assises.registration.organiser;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationView;
import fr.assises.registration.registering.RegistrationViews;

/** Organiser reads: search and filter a congress's registrations. */
@ApplicationScoped
public class OrganiserRegistrations {

    @Inject
    CongressRepository congresses;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationViews views;

    @Transactional
    public RegistrationPage search(UUID congressId, SearchFilter filter, int page, int size) {
        congresses.require(congressId);
        Map<String, Object> params = new HashMap<>();
        String where = where(congressId, filter, params);
        TypedQuery<Long> count = registrations.getEntityManager()
                .createQuery("select count(r) from Registration r where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<RegistrationView> items = query(where, params, page * size, size).stream().map(views::view).toList();
        return new RegistrationPage(total, page, size, items);
    }

    /** Every registration matching the filter, for exports (organisers only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Registration> matching(UUID congressId, SearchFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return query(where(congressId, filter, params), params, 0, Integer.MAX_VALUE);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        Registration r = registrations.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        return views.view(r);
    }

    private List<Registration> query(String where, Map<String, Object> params, int first, int max) {
        TypedQuery<Registration> query = registrations.getEntityManager()
                .createQuery("select r from Registration r where " + where + " order by r.createdAt, r.id",
                        Registration.class)
                .setFirstResult(first)
                .setMaxResults(max);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String where(UUID congressId, SearchFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("r.congressId = :congress");
        params.put("congress", congressId);
        if (f.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", f.status());
        }
        if (f.category() != null) {
            where.append(" and r.category = :category");
            params.put("category", f.category());
        }
        if (f.sessionId() != null) {
            // the session whose seat an item holds or waits for: the second choice once it was assigned
            where.append(" and exists (select 1 from RegistrationItem i where i.registration = r and i.status <> 'PENDING'"
                    + " and ((i.assignedRank = 1 and i.sessionId = :session)"
                    + " or (i.assignedRank = 2 and i.secondChoiceId = :session)))");
            params.put("session", f.sessionId());
        }
        if (f.checkedIn() != null) {
            where.append(f.checkedIn() ? " and r.checkedInAt is not null" : " and r.checkedInAt is null");
        }
        if (f.lateChange() != null) {
            where.append(" and r.lateChange = :late");
            params.put("late", f.lateChange());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(r.lastName) like :text or lower(r.firstName) like :text"
                    + " or lower(r.email) like :text or lower(r.organisation) like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }
}
