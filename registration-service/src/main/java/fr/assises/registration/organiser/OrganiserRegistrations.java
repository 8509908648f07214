package fr.assises.registration.organiser;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    BulkViews bulk;

    /** One page of the search: five queries whatever the page size or the congress's size. */
    @Transactional
    public RegistrationPage search(UUID congressId, SearchFilter filter, int page, int size) {
        congresses.require(congressId);
        SearchSql sql = SearchSql.of(congressId, filter);
        long total = ((Number) sql.bind(registrations.getEntityManager()
                .createNativeQuery("select count(*) from registration r where " + sql.where()))
                .getSingleResult()).longValue();
        List<RegistrationView> items = total == 0 ? List.of() : bulk.views(congressId, sql, page * size, size);
        return new RegistrationPage(total, page, size, items);
    }

    /** Every registration matching the filter, as entities (mailings), in registration order; one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Registration> matching(UUID congressId, SearchFilter filter) {
        SearchSql sql = SearchSql.of(congressId, filter);
        return sql.bind(registrations.getEntityManager().createNativeQuery(
                "select r.* from registration r where " + sql.where() + " order by r.created_at, r.id",
                Registration.class)).getResultList();
    }

    /** Every registration matching the filter as the organisers view it (exports), in a constant number of queries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegistrationView> matchingViews(UUID congressId, SearchFilter filter) {
        return bulk.views(congressId, SearchSql.of(congressId, filter), 0, 0);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        Registration r = registrations.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        return views.view(r);
    }
}
