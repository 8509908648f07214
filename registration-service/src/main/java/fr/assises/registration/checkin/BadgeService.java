package fr.assises.registration.checkin;

import java.io.OutputStream;
import java.util.ArrayList;
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

    @Inject
    CheckinConfig config;

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

    /**
     * The badges of a congress cut into files of {@code size} people in name order: each batch says whom it starts
     * and ends with (last names), so the desk knows which file holds whom.
     */
    public record Batches(int size, int total, List<Batch> batches) {
    }

    public record Batch(int number, int from, int to, String firstLastName, String lastLastName) {
    }

    @Transactional
    public Batches batches(UUID congressId, String category) {
        List<Registration> confirmed = confirmed(congressId, category);
        int size = config.badgeBatchSize();
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < confirmed.size(); from += size) {
            int to = Math.min(from + size, confirmed.size());
            batches.add(new Batch(from / size + 1, from + 1, to, confirmed.get(from).lastName,
                    confirmed.get(to - 1).lastName));
        }
        return new Batches(size, confirmed.size(), batches);
    }

    /** Every confirmed registration of a congress (or of one category), by name. */
    @Transactional
    public Sheet congress(UUID congressId, String category) {
        return new Sheet(congresses.findById(congressId), confirmed(congressId, category), categoryMap(congressId));
    }

    /** One batch of {@link #batches}: the same order, {@code size} people from the {@code batch}-th. */
    @Transactional
    public Sheet congress(UUID congressId, String category, int batch) {
        List<Registration> confirmed = confirmed(congressId, category);
        int size = config.badgeBatchSize();
        int count = (confirmed.size() + size - 1) / size;
        if (batch > count) {
            throw ProblemException.notFound("Ce lot de badges n'existe pas : il y en a " + count + ".");
        }
        List<Registration> part = confirmed.subList((batch - 1) * size, Math.min(batch * size, confirmed.size()));
        return new Sheet(congresses.findById(congressId), part, categoryMap(congressId));
    }

    private List<Registration> confirmed(UUID congressId, String category) {
        congresses.require(congressId);
        List<Registration> confirmed = category == null
                ? registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " order by lastName, firstName, id", congressId)
                : registrations.list("congressId = ?1 and status = 'CONFIRMED' and anonymisedAt is null"
                        + " and category = ?2 order by lastName, firstName, id", congressId, category);
        if (confirmed.isEmpty()) {
            throw ProblemException.notFound("Aucune inscription confirmée.");
        }
        return confirmed;
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
