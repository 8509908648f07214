package fr.assises.registration.checkin;

import java.io.OutputStream;
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

    /** What a congress's badge file prints, read in three queries; rendered after the transaction, as it streams. */
    public record Sheet(Congress congress, List<Registration> registrations, Map<String, Category> categories) {
    }

    /** Every confirmed registration of a congress (or of one category), by name. */
    @Transactional
    public Sheet congress(UUID congressId, String category) {
        congresses.require(congressId);
        List<Registration> confirmed = category == null
                ? registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " order by lastName, firstName", congressId)
                : registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " and category = ?2 order by lastName, firstName", congressId, category);
        if (confirmed.isEmpty()) {
            throw ProblemException.notFound("Aucune inscription confirmée.");
        }
        return new Sheet(congresses.findById(congressId), confirmed, categoryMap(congressId));
    }

    /** One A6 page per person, or A4 sheets of eight labels, written to {@code out}. */
    public void render(Sheet sheet, boolean labels, OutputStream out) {
        if (labels) {
            badges.labels(sheet.congress(), sheet.registrations(), sheet.categories(), out);
        } else {
            badges.render(sheet.congress(), sheet.registrations(), sheet.categories(), out);
        }
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
