package fr.assises.registration.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.invitations.Invitations;
import fr.assises.registration.questions.CustomQuestions;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Promotions;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.seats.SeatCounters;

@ApplicationScoped
public class SettingsService {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
            "#8c564b", "#e377c2", "#17becf");

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    CategoryRepository categories;

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatCounters counters;

    @Inject
    Promotions promotions;

    @Inject
    ObjectMapper json;

    @Inject
    CustomQuestions questions;

    @Inject
    Invitations invitations;

    @Inject
    Outbox outbox;

    @Transactional
    public SettingsView get(UUID congressId) {
        congresses.require(congressId);
        RegistrationSettings s = settings.findById(congressId);
        if (s == null) {
            throw ProblemException.notFound("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        return view(s);
    }

    @Transactional
    public SettingsView put(UUID congressId, SettingsRequest request) {
        congresses.require(congressId);
        check(request);
        Set<String> codes = new HashSet<>();
        request.categories().forEach(c -> codes.add(c.code()));
        // the congress's seat lock, exclusively: capacities change while no registration takes a seat
        counters.lockCongressIfPresent(congressId);
        RegistrationSettings s = settings.findById(congressId);
        boolean fresh = s == null;
        if (fresh) {
            s = new RegistrationSettings();
            s.congressId = congressId;
        }
        s.opensAt = request.opensAt().toInstant();
        s.closesAt = request.closesAt().toInstant();
        s.totalCapacity = request.totalCapacity();
        s.freezeAt = request.freezeAt() == null ? null : request.freezeAt().toInstant();
        s.offerHours = request.offerHours();
        s.privacyVersion = request.privacyNoticeVersion();
        s.retentionDays = request.retentionDays();
        s.reminderDaysBefore = request.reminderDaysBefore() == null ? 3 : request.reminderDaysBefore();
        InformationAsked asked = request.information() == null ? InformationAsked.defaults()
                : request.information().normalised();
        try {
            s.askedFields = json.writeValueAsString(asked);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.updatedAt = Instant.now();
        if (fresh) {
            settings.persist(s);
        }
        settings.flush();

        for (Category existing : categories.of(congressId)) {
            if (!codes.contains(existing.code)) {
                if (registrations.count("congressId = ?1 and category = ?2", congressId, existing.code) > 0) {
                    throw ProblemException.conflict("La catégorie " + existing.code
                            + " a des inscriptions : elle ne peut pas être retirée.");
                }
                if (invitations.opens(congressId, existing.code)) {
                    throw ProblemException.conflict("Des codes d'invitation ouvrent la catégorie " + existing.code
                            + " : supprimez-les avant de la retirer.");
                }
                categories.delete(existing);
            }
        }
        int i = 0;
        for (SettingsRequest.CategoryRequest c : request.categories()) {
            Category category = categories.find(congressId, c.code()).orElse(null);
            boolean newCategory = category == null;
            if (newCategory) {
                category = new Category();
                category.congressId = congressId;
                category.code = c.code();
            }
            category.labelFr = c.labelFr();
            category.labelEn = c.labelEn();
            category.feeCents = c.feeCents();
            category.quota = c.quota();
            category.colour = c.colour() == null ? PALETTE.get(i % PALETTE.size()) : c.colour().toLowerCase();
            category.invitationOnly = Boolean.TRUE.equals(c.invitationOnly());
            if (newCategory) {
                categories.persist(category);
            }
            i++;
        }
        categories.flush();
        counters.upsert(SeatCounters.totalKey(congressId), congressId, SeatCounters.TOTAL, "TOTAL",
                request.totalCapacity());
        for (SettingsRequest.CategoryRequest c : request.categories()) {
            counters.upsert(SeatCounters.categoryKey(congressId, c.code()), congressId, SeatCounters.CATEGORY,
                    c.code(), c.quota());
        }
        // a capacity raised (or a quota lifted) lets waiting people in at once
        promotions.promoteAll(congressId);
        publishChanged(s);
        return view(s);
    }

    /**
     * Publishes the settings that were saved before this event existed (version 0), once: the row lock makes two
     * instances starting together publish each congress once.
     */
    @Transactional
    public int publishUnpublished() {
        @SuppressWarnings("unchecked")
        List<UUID> pending = settings.getEntityManager().createNativeQuery(
                "select congress_id from registration_settings where event_version = 0 for update skip locked", UUID.class)
                .getResultList();
        for (UUID congressId : pending) {
            publishChanged(settings.findById(congressId));
        }
        return pending.size();
    }

    /** In the settings' transaction, through the outbox: the budget learns every fee the participants are charged. */
    private void publishChanged(RegistrationSettings s) {
        s.eventVersion++;
        List<SettingsChanged.CategoryData> data = categories.of(s.congressId).stream()
                .map(c -> new SettingsChanged.CategoryData(c.code, c.labelFr, c.labelEn, c.feeCents, c.quota,
                        c.invitationOnly))
                .toList();
        outbox.publish(Topics.REGISTRATION, SettingsChanged.TYPE, s.congressId.toString(),
                new SettingsChanged(s.congressId, s.totalCapacity, s.opensAt.atZone(PARIS).toOffsetDateTime(),
                        s.closesAt.atZone(PARIS).toOffsetDateTime(), data, s.eventVersion));
    }

    public InformationAsked asked(RegistrationSettings s) {
        try {
            return json.readValue(s.askedFields, InformationAsked.class);
        } catch (JsonProcessingException e) {
            return InformationAsked.defaults();
        }
    }

    SettingsView view(RegistrationSettings s) {
        List<SettingsView.CategoryView> cats = new ArrayList<>();
        for (Category c : categories.of(s.congressId)) {
            cats.add(new SettingsView.CategoryView(c.code, c.labelFr, c.labelEn, c.feeCents, c.quota, c.colour,
                    c.invitationOnly));
        }
        return new SettingsView(s.congressId, s.opensAt.atZone(PARIS).toOffsetDateTime(),
                s.closesAt.atZone(PARIS).toOffsetDateTime(), s.totalCapacity,
                s.freezeAt == null ? null : s.freezeAt.atZone(PARIS).toOffsetDateTime(), s.offerHours,
                s.privacyVersion, s.retentionDays, s.reminderDaysBefore, cats, asked(s),
                List.of(TerritoryType.values()), List.of("A", "B", "C"), questions.views(s.congressId));
    }

    /** The rules between fields that Bean Validation cannot express, each refused on its own field. */
    private static void check(SettingsRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(new Problem.FieldError("closesAt", "la clôture doit suivre l'ouverture"));
        }
        if (request.freezeAt() != null && !request.freezeAt().isAfter(request.opensAt())) {
            errors.add(new Problem.FieldError("freezeAt", "le gel des modifications doit suivre l'ouverture"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.categories().size(); i++) {
            SettingsRequest.CategoryRequest c = request.categories().get(i);
            if (!codes.add(c.code())) {
                errors.add(new Problem.FieldError("categories[" + i + "].code", "catégorie en double : " + c.code()));
            }
            if (c.quota() != null && c.quota() > request.totalCapacity()) {
                errors.add(new Problem.FieldError("categories[" + i + "].quota",
                        "le quota de " + c.code() + " dépasse la capacité totale (" + request.totalCapacity() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1 ? errors.get(0).message()
                    : "Certains paramètres sont invalides.", errors);
        }
    }
}
