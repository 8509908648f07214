package fr.assises.registration.registering;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.exception.ConstraintViolationException;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.billing.PayerRequest;
import fr.assises.registration.billing.Payers;
import fr.assises.registration.events.RegistrationEventTypes;
import fr.assises.registration.mail.MailKind;
import fr.assises.registration.mail.Mails;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.registering.CongressLookups.CategoryData;
import fr.assises.registration.registering.CongressLookups.CongressData;
import fr.assises.registration.registering.CongressLookups.SessionData;
import fr.assises.registration.registering.CongressLookups.SettingsData;
import fr.assises.registration.invitations.Invitations;
import fr.assises.registration.questions.CustomQuestions;
import fr.assises.registration.seats.SeatCounters;
import fr.assises.registration.settings.FieldMode;
import fr.assises.registration.settings.InformationAsked;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsRepository;

/** Registering, changing and cancelling, with every seat move under the congress's seat lock. */
@ApplicationScoped
public class RegistrationService {

    public static final String SOURCE_SELF = "SELF";
    public static final String SOURCE_ORGANISER = "ORGANISER";
    public static final String SOURCE_IMPORT = "IMPORT";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SettingsRepository settingsRepository;

    @Inject
    RegistrationRepository registrations;

    @Inject
    IdempotencyRepository idempotency;

    @Inject
    SeatCounters counters;

    @Inject
    SeatAllocator seats;

    @Inject
    Promotions promotions;

    @Inject
    RegistrationEvents events;

    @Inject
    RegistrationViews views;

    @Inject
    Mails mails;

    @Inject
    CustomQuestions questions;

    @Inject
    Validator validator;

    @Inject
    Invitations invitations;

    @Inject
    Payers payers;

    @Inject
    CongressLookups lookups;

    /** The result of a registration request; {@code created} is false for a replayed Idempotency-Key. */
    public record Outcome(RegistrationView registration, boolean created) {
    }

    @Transactional
    public Outcome register(UUID congressId, String participantId, String callerId, RegistrationRequest request,
            String idempotencyKey, String source) {
        boolean self = SOURCE_SELF.equals(source);
        // the congress, its settings, categories, sessions and questions: from memory while unchanged (one read)
        CongressData congress = lookups.requireSettings(congressId);
        SettingsData settings = congress.settings();
        if (idempotencyKey != null) {
            var replay = idempotency.find(callerId, idempotencyKey);
            if (replay.isPresent()) {
                return new Outcome(views.view(registrations.findById(replay.get())), false);
            }
        }
        // a participant's form is checked whole: every refused field in one answer (Refusals)
        Refusals refusals = new Refusals();
        Set<ConstraintViolation<RegistrationRequest>> violations = self ? validator.validate(request) : Set.of();
        Set<String> invalid = new HashSet<>();
        violations.forEach(v -> invalid.add(Refusals.field(v.getPropertyPath())));
        if (self) {
            Instant now = Instant.now();
            if ("DRAFT".equals(congress.status())) {
                throw ProblemException.businessRule("Ce congrès n’est pas encore annoncé : les inscriptions ne sont pas ouvertes.");
            }
            if ("CLOSED".equals(congress.status()) || "ARCHIVED".equals(congress.status())) {
                throw ProblemException.businessRule("Les inscriptions sont closes.");
            }
            if (now.isBefore(settings.opensAt())) {
                throw ProblemException.businessRule("Les inscriptions ne sont pas encore ouvertes.");
            }
            if (!now.isBefore(settings.closesAt())) {
                throw ProblemException.businessRule("Les inscriptions sont closes.");
            }
            refusals.run(() -> {
                if (request.consent() == null || !request.consent().accepted()) {
                    throw ProblemException.invalidField("consent.accepted",
                            "l'acceptation de la notice d'information est obligatoire");
                }
                if (!settings.privacyVersion().equals(request.consent().version())) {
                    throw ProblemException.invalidField("consent.version",
                            "la notice acceptée n'est pas la version en vigueur (" + settings.privacyVersion() + ")");
                }
            });
        }
        CategoryData category = blank(request.category()) ? null : refusals.check(() -> category(congress,
                request.category()));
        List<LocalDate> days = invalid.stream().anyMatch(f -> f.startsWith("days[")) ? null
                : refusals.check(() -> checkDays(congress, request.days()));
        List<RegistrationItem> items = invalid.stream().anyMatch(f -> f.startsWith("workshops") || f.startsWith("meals"))
                ? null : refusals.check(() -> resolveItems(congress, days, request.meals(), request.workshops()));
        PersonalInfo person = request.person() == null ? null
                : refusals.check(() -> checkPerson(settings.asked(), request.person()));
        String answers = refusals.check(() -> questions.check(congress.questions(), request.answers(), self));
        PayerRequest payer = refusals.check(() -> payers.check(request.payer()));
        String givenCode = request.invitationCode() == null || request.invitationCode().isBlank() ? null
                : request.invitationCode();
        if (self && givenCode == null && category != null && category.invitationOnly()) {
            refusals.run(() -> {
                throw ProblemException.invalidField("category",
                        "catégorie réservée aux invités : saisissez votre code d'invitation");
            });
        }
        refusals.violations(violations);
        refusals.throwIfAny();

        // Registrations of a congress run in parallel to the end: from here they hold its seat lock shared, and take
        // their seats from striped counters (README, "How seats are never overbooked")
        registrations.lockParticipant(congressId, participantId);
        if (idempotencyKey != null) {
            // a retry with this key may have committed while this one waited for the person's lock
            var replay = idempotency.find(callerId, idempotencyKey);
            if (replay.isPresent()) {
                return new Outcome(views.view(registrations.findById(replay.get())), false);
            }
        }
        if (registrations.hasActive(congressId, participantId)) {
            throw ProblemException.conflict("Vous êtes déjà inscrit(e) à ce congrès.");
        }
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        if (idempotencyKey != null && !idempotency.claim(callerId, idempotencyKey, r.id)) {
            // the same caller's retry for another person (an organiser's) committed first: its answer is the answer
            var replay = idempotency.find(callerId, idempotencyKey);
            if (replay.isPresent()) {
                return new Outcome(views.view(registrations.findById(replay.get())), false);
            }
        }
        r.congressId = congressId;
        r.participantId = participantId;
        r.category = category.code();
        r.feeCents = category.feeCents();
        r.days = days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        r.language = request.language() == null ? "fr" : request.language();
        applyPerson(r, person);
        r.answers = answers;
        if (request.consent() != null && request.consent().accepted()) {
            r.consentVersion = request.consent().version();
            r.consentAt = Instant.now();
        }
        r.source = source;
        r.checkinNonce = HexFormat.of().formatHex(randomBytes(16));
        r.version = 0;
        for (RegistrationItem item : items) {
            item.registration = r;
            item.status = RegistrationItem.PENDING;
            r.items.add(item);
        }

        // seat phase: a stripe of the total and of the category, or none
        boolean seated = seats.takeFirstCongressSeat(r);
        // the code's use is taken in the seat phase, and given back by the rollback of a refusal
        r.invitationCode = self && givenCode != null ? invitations.use(congressId, givenCode, category.code()) : null;
        if (seated) {
            r.status = Registration.CONFIRMED;
            // workshops and meals that must wait are numbered last (seats.numberNew)
            seats.placeItems(r, r.items);
        } else {
            r.status = Registration.WAITLISTED;
        }
        Instant now = Instant.now();
        r.createdAt = now;
        r.updatedAt = now;
        boolean confirmed = Registration.CONFIRMED.equals(r.status);
        try {
            // version 1 before the persist: the insert is the row's only write (its event says version 1)
            events.prepareNew(r);
            registrations.persist(r);
            payers.attach(r, payer);
            // the outbox's native insert flushes the registration and its items first (one JDBC batch)
            events.publishNew(r, confirmed ? RegistrationEventTypes.CONFIRMED : RegistrationEventTypes.WAITLISTED);
            mails.queue(r, confirmed ? MailKind.CONFIRMED : MailKind.WAITLISTED);
            registrations.flush();
        } catch (PersistenceException e) {
            if (violates(e, "registration_one_active_per_person")) {
                // only if a person's registration is made outside lockParticipant (none is today)
                throw ProblemException.conflict("Vous êtes déjà inscrit(e) à ce congrès.");
            }
            throw e;
        }
        // last, with everything written: the waiting lists it joins, under their locks until the commit, so
        // numbers, creation times and commits of the people joining one list share one order
        RegistrationViews.Positions positions = seats.numberNew(r);
        return new Outcome(views.view(r, congress::title, positions), true);
    }

    /**
     * Runs every check of an organiser registration without saving anything (bulk import validates a whole file
     * first). Not transactional on purpose: a refusal must not mark the caller's transaction for rollback.
     */
    public void validate(UUID congressId, RegistrationRequest request) {
        CongressData congress = lookups.requireSettings(congressId);
        category(congress, request.category());
        List<LocalDate> days = checkDays(congress, request.days());
        resolveItems(congress, days, request.meals(), request.workshops());
        checkPerson(congress.settings().asked(), request.person());
        questions.check(congress.questions(), request.answers(), false);
    }

    @Transactional
    public RegistrationView changeById(UUID registrationId, ChangeRequest request, boolean organiser) {
        Registration r = lockAndReload(registrationId);
        if (Registration.CANCELLED.equals(r.status)) {
            throw ProblemException.businessRule("Cette inscription est annulée.");
        }
        CongressData congress = lookups.requireSettings(r.congressId);
        SettingsData settings = congress.settings();
        boolean frozen = settings.freezeAt() != null && !Instant.now().isBefore(settings.freezeAt());
        if (frozen && !organiser) {
            throw ProblemException.businessRule(
                    "Les modifications sont closes depuis le " + paris(settings.freezeAt())
                            + " ; contactez l'équipe d'organisation.");
        }
        // a participant's change is checked whole, like a registration: every refused field in one answer
        Refusals refusals = new Refusals();
        Set<ConstraintViolation<ChangeRequest>> violations = organiser ? Set.of() : validator.validate(request);
        Set<String> invalid = new HashSet<>();
        violations.forEach(v -> invalid.add(Refusals.field(v.getPropertyPath())));
        List<LocalDate> days = request.days() == null ? r.dayList()
                : invalid.stream().anyMatch(f -> f.startsWith("days[")) ? null
                        : refusals.check(() -> checkDays(congress, request.days()));
        List<UUID> meals = request.meals() != null ? request.meals()
                : r.items(RegistrationItem.MEAL).stream().map(i -> i.sessionId).toList();
        List<RegistrationRequest.WorkshopChoice> workshops = request.workshops() != null ? request.workshops()
                : r.items(RegistrationItem.WORKSHOP).stream()
                        .map(i -> new RegistrationRequest.WorkshopChoice(i.sessionId, i.secondChoiceId)).toList();
        List<RegistrationItem> wanted = invalid.stream().anyMatch(f -> f.startsWith("workshops") || f.startsWith("meals"))
                ? null : refusals.check(() -> resolveItems(congress, days, meals, workshops));
        PersonalInfo person = request.person() == null ? null
                : refusals.check(() -> checkPerson(settings.asked(), request.person()));
        String answers = request.answers() == null ? null
                : refusals.check(() -> questions.check(congress.questions(), request.answers(), !organiser));
        refusals.violations(violations);
        refusals.throwIfAny();
        if (person != null) {
            applyPerson(r, person);
        }
        if (request.answers() != null) {
            r.answers = answers;
        }
        if (request.language() != null) {
            r.language = request.language();
        }
        if (organiser && request.category() != null && !request.category().equals(r.category)) {
            CategoryData category = category(congress, request.category());
            if (Registration.CONFIRMED.equals(r.status) || r.offered()) {
                counters.release(SeatCounters.categoryKey(r.congressId, r.category));
                if (counters.take(SeatCounters.categoryKey(r.congressId, category.code()), 0) < 0) {
                    throw ProblemException.businessRule("Le quota de la catégorie " + category.code()
                            + " est atteint.");
                }
            }
            r.category = category.code();
            r.feeCents = category.feeCents();
        }
        r.days = days.stream().map(LocalDate::toString).collect(Collectors.joining(","));

        Map<String, RegistrationItem> current = new HashMap<>();
        for (RegistrationItem item : r.items) {
            current.put(signature(item), item);
        }
        Set<String> keep = new HashSet<>();
        List<RegistrationItem> added = new ArrayList<>();
        for (RegistrationItem item : wanted) {
            String sig = signature(item);
            if (current.containsKey(sig)) {
                keep.add(sig);
            } else {
                item.registration = r;
                item.status = RegistrationItem.PENDING;
                added.add(item);
            }
        }
        for (RegistrationItem item : new ArrayList<>(r.items)) {
            if (!keep.contains(signature(item))) {
                seats.releaseItem(item);
                r.items.remove(item);
            }
        }
        r.items.addAll(added);
        if (Registration.CONFIRMED.equals(r.status)) {
            seats.allocateItems(r, added);
        }
        if (frozen) {
            r.lateChange = true;
        }
        events.publish(r, RegistrationEventTypes.CHANGED);
        mails.queue(r, MailKind.CHANGED);
        registrations.flush();
        promotions.promoteAll(r.congressId);
        return views.view(r, congress::title);
    }

    @Transactional
    public RegistrationView cancel(UUID registrationId) {
        Registration r = lockAndReload(registrationId);
        if (Registration.CANCELLED.equals(r.status)) {
            return views.view(r);
        }
        cancelLocked(r);
        promotions.promoteAll(r.congressId);
        return views.view(r);
    }

    /** Cancels under the congress lock the caller holds, without promoting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelLocked(Registration r) {
        if (Registration.CONFIRMED.equals(r.status) || r.offered()) {
            seats.releaseCongressSeat(r);
        }
        for (RegistrationItem item : r.items) {
            seats.releaseItem(item);
        }
        if (r.invitationCode != null) {
            invitations.release(r.congressId, r.invitationCode);
        }
        r.status = Registration.CANCELLED;
        r.waitlistSeq = null;
        r.offerExpiresAt = null;
        events.publish(r, RegistrationEventTypes.CANCELLED);
        mails.queue(r, MailKind.CANCELLED);
        registrations.flush();
    }

    @Transactional
    public RegistrationView acceptOffer(UUID registrationId) {
        Registration r = lockAndReload(registrationId);
        if (!r.offered()) {
            throw ProblemException.businessRule("Aucune place ne vous est proposée actuellement.");
        }
        if (!Instant.now().isBefore(r.offerExpiresAt)) {
            throw ProblemException.businessRule("La proposition a expiré.");
        }
        promotions.confirm(r, MailKind.PROMOTED);
        registrations.flush();
        return views.view(r);
    }

    /** Offers not accepted in time are withdrawn; the place goes to the next waiting person. */
    @Transactional
    public int expireOffers(UUID congressId) {
        counters.lockCongress(congressId);
        List<Registration> expired = registrations.list(
                "congressId = ?1 and status = 'WAITLISTED' and offerExpiresAt < ?2", congressId, Instant.now());
        for (Registration r : expired) {
            cancelLocked(r);
        }
        if (!expired.isEmpty()) {
            promotions.promoteAll(congressId);
        }
        return expired.size();
    }

    @Transactional
    public List<UUID> congressesWithExpiredOffers() {
        return registrations.getEntityManager().createQuery("""
                select distinct r.congressId from Registration r
                where r.status = 'WAITLISTED' and r.offerExpiresAt < ?1""", UUID.class)
                .setParameter(1, Instant.now())
                .getResultList();
    }

    public Registration lockAndReload(UUID registrationId) {
        Registration r = registrations.findById(registrationId);
        if (r == null) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        counters.lockCongress(r.congressId);
        registrations.getEntityManager().refresh(r);
        return r;
    }

    public RegistrationSettings requireSettings(UUID congressId) {
        RegistrationSettings settings = settingsRepository.findById(congressId);
        if (settings == null) {
            throw ProblemException.businessRule("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        return settings;
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException v && constraint.equals(v.getConstraintName())
                    || t instanceof SQLException && String.valueOf(t.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String signature(RegistrationItem item) {
        return item.kind + ":" + item.sessionId + ":" + item.secondChoiceId;
    }

    private static CategoryData category(CongressData congress, String code) {
        CategoryData category = code == null ? null : congress.categories().get(code);
        if (category == null) {
            throw ProblemException.invalidField("category", "catégorie inconnue");
        }
        return category;
    }

    private static List<LocalDate> checkDays(CongressData congress, List<LocalDate> days) {
        if (days == null || days.isEmpty()) {
            throw ProblemException.invalidField("days", "choisissez au moins un jour");
        }
        Set<LocalDate> distinct = new HashSet<>(days);
        if (distinct.size() != days.size()) {
            throw ProblemException.invalidField("days", "jour en double");
        }
        for (LocalDate day : days) {
            if (day.isBefore(congress.startDate()) || day.isAfter(congress.endDate())) {
                throw ProblemException.invalidField("days", "le " + day + " n'est pas un jour du congrès");
            }
        }
        return days.stream().sorted().toList();
    }

    private static List<RegistrationItem> resolveItems(CongressData congress, List<LocalDate> days, List<UUID> meals,
            List<RegistrationRequest.WorkshopChoice> workshops) {
        ZoneId zone = congress.zone();
        List<RegistrationItem> items = new ArrayList<>();
        Set<UUID> seenMeals = new HashSet<>();
        for (UUID mealId : meals == null ? List.<UUID>of() : meals) {
            SessionData meal = session(congress, mealId, "meals");
            if (!ProgrammeSession.MEAL.equals(meal.kind())) {
                throw ProblemException.invalidField("meals", "la session " + mealId + " n'est pas un repas");
            }
            requireDay(meal, days, zone, "meals");
            if (!seenMeals.add(mealId)) {
                throw ProblemException.invalidField("meals", "repas en double");
            }
            RegistrationItem item = new RegistrationItem();
            item.id = UUID.randomUUID();
            item.kind = RegistrationItem.MEAL;
            item.sessionId = mealId;
            items.add(item);
        }
        Set<UUID> seenSeries = new HashSet<>();
        for (RegistrationRequest.WorkshopChoice choice : workshops == null
                ? List.<RegistrationRequest.WorkshopChoice>of() : workshops) {
            SessionData first = session(congress, choice.sessionId(), "workshops");
            if (!ProgrammeSession.WORKSHOP.equals(first.kind()) || first.seriesId() == null) {
                throw ProblemException.invalidField("workshops",
                        "la session " + first.id() + " n'appartient à aucun créneau d'ateliers");
            }
            requireDay(first, days, zone, "workshops");
            if (!seenSeries.add(first.seriesId())) {
                throw ProblemException.invalidField("workshops", "deux ateliers choisis dans le même créneau");
            }
            RegistrationItem item = new RegistrationItem();
            item.id = UUID.randomUUID();
            item.kind = RegistrationItem.WORKSHOP;
            item.seriesId = first.seriesId();
            item.sessionId = first.id();
            if (choice.secondChoiceSessionId() != null) {
                SessionData second = session(congress, choice.secondChoiceSessionId(), "workshops");
                if (!ProgrammeSession.WORKSHOP.equals(second.kind())
                        || !Objects.equals(second.seriesId(), first.seriesId()) || second.id().equals(first.id())) {
                    throw ProblemException.invalidField("workshops",
                            "le second choix doit être un autre atelier du même créneau");
                }
                item.secondChoiceId = second.id();
            }
            items.add(item);
        }
        return items;
    }

    private static SessionData session(CongressData congress, UUID id, String field) {
        SessionData s = id == null ? null : congress.session(id);
        if (s == null || !s.congressId().equals(congress.id())) {
            throw ProblemException.invalidField(field, "session inconnue : " + id);
        }
        if (!s.scheduled()) {
            throw ProblemException.invalidField(field, "la session « " + s.title() + " » est annulée");
        }
        return s;
    }

    private static void requireDay(SessionData s, List<LocalDate> days, ZoneId zone, String field) {
        LocalDate date = s.date(zone);
        if (days != null && date != null && !days.contains(date)) {
            throw ProblemException.invalidField(field, "« " + s.title() + " » a lieu un jour non choisi (" + date + ")");
        }
    }

    private static PersonalInfo checkPerson(InformationAsked asked, PersonalInfo p) {
        Refusals refusals = new Refusals();
        refusals.run(() -> require(asked.organisation(), p.organisation(), "person.organisation"));
        refusals.run(() -> require(asked.territoryType(), p.territoryType(), "person.territoryType"));
        refusals.run(() -> require(asked.jobTitle(), p.jobTitle(), "person.jobTitle"));
        refusals.run(() -> require(asked.statutoryCategory(), p.statutoryCategory(), "person.statutoryCategory"));
        refusals.run(() -> require(asked.accessibilityNeeds(), p.accessibilityNeeds(), "person.accessibilityNeeds"));
        refusals.run(() -> require(asked.dietaryNeeds(), p.dietaryNeeds(), "person.dietaryNeeds"));
        refusals.throwIfAny();
        if (p.firstName() == null || p.lastName() == null || p.email() == null) {
            return null; // Bean Validation names the missing ones
        }
        return new PersonalInfo(p.firstName().strip(), p.lastName().strip(), p.email().strip().toLowerCase(),
                keep(asked.organisation(), p.organisation()),
                asked.territoryType() == FieldMode.HIDDEN ? null : p.territoryType(),
                keep(asked.jobTitle(), p.jobTitle()), keep(asked.statutoryCategory(), p.statutoryCategory()),
                keep(asked.accessibilityNeeds(), p.accessibilityNeeds()), keep(asked.dietaryNeeds(), p.dietaryNeeds()));
    }

    private static void require(FieldMode mode, Object value, String field) {
        if (mode == FieldMode.REQUIRED && (value == null || value.toString().isBlank())) {
            throw ProblemException.invalidField(field, "information obligatoire");
        }
    }

    private static String keep(FieldMode mode, String value) {
        return mode == FieldMode.HIDDEN || value == null || value.isBlank() ? null : value.strip();
    }

    private static void applyPerson(Registration r, PersonalInfo p) {
        r.firstName = p.firstName();
        r.lastName = p.lastName();
        r.email = p.email();
        r.organisation = p.organisation();
        r.territoryType = p.territoryType() == null ? null : p.territoryType().name();
        r.jobTitle = p.jobTitle();
        r.statutoryCategory = p.statutoryCategory();
        r.accessibilityNeeds = p.accessibilityNeeds();
        r.dietaryNeeds = p.dietaryNeeds();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String paris(Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(instant.atZone(ZoneId.of("Europe/Paris")));
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
