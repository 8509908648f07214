package fr.assises.registration.checkin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.MyRegistrations;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;

/** Badges of confirmed registrations, for their owner or for the organisers. */
@ApplicationScoped
public class BadgeService {

    @Inject
    Badges badges;

    @Inject
    MyRegistrations mine;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CongressRepository congresses;

    @Inject
    CategoryRepository categories;

    @Transactional
    public byte[] own(String participantId, UUID registrationId) {
        return one(mine.owned(participantId, registrationId));
    }

    @Transactional
    public byte[] any(UUID registrationId) {
        Registration r = registrations.findById(registrationId);
        if (r == null) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        return one(r);
    }

    /** Every confirmed registration of a congress (or of one category), by name: one A6 page each, or label sheets. */
    @Transactional
    public byte[] congress(UUID congressId, String category, boolean labels) {
        congresses.require(congressId);
        List<Registration> confirmed = category == null
                ? registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " order by lastName, firstName", congressId)
                : registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " and category = ?2 order by lastName, firstName", congressId, category);
        if (confirmed.isEmpty()) {
            throw ProblemException.notFound("Aucune inscription confirmée.");
        }
        Congress congress = congresses.findById(congressId);
        return labels ? badges.labels(congress, confirmed, categoryMap(congressId))
                : badges.render(congress, confirmed, categoryMap(congressId));
    }

    private byte[] one(Registration r) {
        if (!Registration.CONFIRMED.equals(r.status)) {
            throw ProblemException.businessRule("Le badge n'existe que pour une inscription confirmée.");
        }
        if (r.anonymisedAt != null) {
            throw ProblemException.businessRule("Cette inscription a été anonymisée.");
        }
        return badges.render(congresses.findById(r.congressId), List.of(r), categoryMap(r.congressId));
    }

    private Map<String, Category> categoryMap(UUID congressId) {
        return categories.of(congressId).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    }
}
