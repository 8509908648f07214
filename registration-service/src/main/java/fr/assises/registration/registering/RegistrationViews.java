package fr.assises.registration.registering;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.questions.CustomQuestions;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.settings.TerritoryType;

/** Maps registrations to their HTTP view, with live waiting-list positions. */
@ApplicationScoped
public class RegistrationViews {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    RegistrationRepository registrations;

    @Inject
    SessionRepository sessions;

    @Inject
    CustomQuestions questions;

    public RegistrationView view(Registration r) {
        return view(r, id -> {
            ProgrammeSession s = sessions.findById(id);
            return s == null ? null : s.title;
        });
    }

    /**
     * Waiting-list places already known (a new registration reads them with its numbers, SeatAllocator.numberNew):
     * the congress's, and per item id; what is missing is counted.
     */
    public record Positions(Long congress, Map<UUID, Long> items) {
    }

    /** The view, with the sessions' titles from {@code titles} (a registration has them from its congress's look-ups). */
    public RegistrationView view(Registration r, Function<UUID, String> titles) {
        return view(r, titles, new Positions(null, Map.of()));
    }

    public RegistrationView view(Registration r, Function<UUID, String> titles, Positions known) {
        List<RegistrationView.MealView> meals = new ArrayList<>();
        List<RegistrationView.WorkshopView> workshops = new ArrayList<>();
        for (RegistrationItem item : r.items) {
            String title = titles.apply(item.heldSession());
            Long position = !RegistrationItem.WAITLISTED.equals(item.status) ? null
                    : known.items().containsKey(item.id) ? known.items().get(item.id) : registrations.itemPosition(item);
            if (RegistrationItem.MEAL.equals(item.kind)) {
                meals.add(new RegistrationView.MealView(item.sessionId, title, item.status, position));
            } else {
                workshops.add(new RegistrationView.WorkshopView(item.seriesId, item.heldSession(), title,
                        item.assignedRank, item.sessionId, item.secondChoiceId, item.status, position));
            }
        }
        Long position = !Registration.WAITLISTED.equals(r.status) || r.offered() ? null
                : known.congress() != null ? known.congress() : registrations.congressPosition(r);
        PersonalInfo person = r.anonymisedAt != null ? null
                : new PersonalInfo(r.firstName, r.lastName, r.email, r.organisation,
                        r.territoryType == null ? null : TerritoryType.valueOf(r.territoryType), r.jobTitle,
                        r.statutoryCategory, r.accessibilityNeeds, r.dietaryNeeds);
        RegistrationView.ConsentView consent = r.consentVersion == null ? null
                : new RegistrationView.ConsentView(r.consentVersion, paris(r.consentAt));
        return new RegistrationView(r.id, r.congressId, r.participantId, r.status, position, paris(r.offerExpiresAt),
                r.category, r.feeCents, r.dayList(), meals, workshops, r.language, person, consent,
                paris(r.checkedInAt), r.lateChange, r.anonymisedAt != null, r.source, paris(r.createdAt), r.version,
                questions.read(r.answers), r.invitationCode);
    }

    public static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(PARIS).toOffsetDateTime();
    }
}
