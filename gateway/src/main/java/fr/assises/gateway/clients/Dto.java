package fr.assises.gateway.clients;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the gateway reads from and sends to the services' REST APIs. Unknown fields are ignored and the
 * usual alternative names accepted, so a service may add fields without breaking the pages.
 */
public final class Dto {

    private Dto() {
    }

    // ---- programme-service (PublicCongressView, PublicProgramme, SessionView, conflicts, attendance)

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Congress(@JsonProperty("id") String congressId, String slug, String title, LocalDate startDate,
            LocalDate endDate, String timeZone, String venue, String status, List<HalfDay> halfDays) {

        public List<HalfDay> halfDaysOrEmpty() {
            return halfDays == null ? List.of() : halfDays;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HalfDay(String code, LocalDate date, String period, OffsetDateTime start, OffsetDateTime end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Room(@JsonProperty("id") String roomId, String name, Integer capacity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Theme(String id, String code, String name) {
    }

    /** A speaker as the public programme shows them (only those who consented to it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String name, String organisation, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(@JsonProperty("id") String sessionId, String kind, String title, String description,
            String halfDayCode, OffsetDateTime start, OffsetDateTime end, String roomId, String roomName,
            Boolean roomAccessible, Integer capacity, String seriesId, List<Theme> themes, List<Speaker> speakers,
            Speaker moderator, String status) {

        public List<Theme> themesOrEmpty() {
            return themes == null ? List.of() : themes;
        }

        public List<Speaker> speakersOrEmpty() {
            return speakers == null ? List.of() : speakers;
        }

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    /** A planning conflict found by programme-service (room double-booked, speaker in two places…). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conflict(String code, String severity, String message, List<String> sessionIds) {

        public boolean hard() {
            return "HARD".equals(severity);
        }
    }

    /** A session of the draft programme as organisers edit it (SessionView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlannedSession(String id, String kind, String title, String description, String halfDayCode,
            OffsetDateTime start, OffsetDateTime end, String roomId, String roomName, Integer capacity,
            boolean capacityFromRoom, String seriesId, List<String> themeIds, List<String> speakerIds,
            String moderatorId, String status, long version) {
    }

    /** The whole SessionRequest: programme-service replaces a session, so a move sends every field back. */
    public record SessionRequest(String kind, String title, String description, String halfDayCode,
            OffsetDateTime start, OffsetDateTime end, String roomId, Integer capacity, List<String> themeIds,
            List<String> speakerIds, String moderatorId, String seriesId, Long version) {
    }

    /** The latest released programme, by half-day. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicProgramme(Integer release, OffsetDateTime publishedAt, List<PublicHalfDay> halfDays) {

        public List<PublicHalfDay> halfDaysOrEmpty() {
            return halfDays == null ? List.of() : halfDays;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicHalfDay(String code, LocalDate date, String period, OffsetDateTime start, OffsetDateTime end,
            List<Session> sessions) {

        public List<Session> sessionsOrEmpty() {
            return sessions == null ? List.of() : sessions;
        }
    }

    /** Expected attendance of one session, from registrations (counts only). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionAttendance(String sessionId, String title, String kind, String halfDayCode,
            String roomName, Integer capacity, long expected, long waitlisted, BigDecimal fillRate) {

        /** Fill rate in percent, rounded, 0 when unknown. */
        public int percent() {
            return fillRate == null ? 0 : fillRate.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)
                    .intValue();
        }
    }

    /** A larger room of the same slot suggested for a workshop whose demand exceeds its room. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoomSwap(String sessionId, String title, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attendance(String congressId, List<SessionAttendance> sessions, List<RoomSwap> roomSwaps) {

        public List<SessionAttendance> sessionsOrEmpty() {
            return sessions == null ? List.of() : sessions;
        }

        public List<RoomSwap> roomSwapsOrEmpty() {
            return roomSwaps == null ? List.of() : roomSwaps;
        }

        public List<SessionAttendance> ofKind(String kind) {
            return sessions == null ? List.of() : sessions.stream().filter(s -> kind.equals(s.kind())).toList();
        }
    }

    // ---- registration-service (Availability, RegistrationView, RegistrationRequest)

    /** Remaining places, public: counts only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Availability(String congressId, boolean open, int capacity, int confirmed, int remaining,
            long waitlisted, boolean overbooked, List<CategoryPlaces> categories, List<SessionPlaces> workshops,
            List<SessionPlaces> meals, List<DayPlaces> days) {

        public List<DayPlaces> daysOrEmpty() {
            return days == null ? List.of() : days;
        }

        public List<CategoryPlaces> categoriesOrEmpty() {
            return categories == null ? List.of() : categories;
        }

        public List<SessionPlaces> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<SessionPlaces> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryPlaces(String code, String labelFr, String labelEn, long feeCents, Integer quota,
            int confirmed, int remaining, boolean open) {

        public String label(String lang) {
            String label = "en".equals(lang) ? labelEn : labelFr;
            return label == null || label.isBlank() ? code : label;
        }
    }

    /** Registrations that chose one day of the congress, with the confirmed ones by category (cancelled never count). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DayPlaces(LocalDate date, int confirmed, int waitlisted, List<DayCategory> categories) {

        /** Confirmed registrations of a category on this day. */
        public int of(String category) {
            return categories == null ? 0 : categories.stream().filter(c -> c.code().equals(category))
                    .mapToInt(DayCategory::confirmed).sum();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DayCategory(String code, int confirmed) {
    }

    /** A workshop or meal offered at registration, with its remaining places (null: no limit known). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionPlaces(String sessionId, String seriesId, String title, OffsetDateTime start,
            String halfDayCode, Integer capacity, int confirmed, Integer remaining, boolean overbooked) {

        public boolean full() {
            return remaining != null && remaining <= 0;
        }

        /** Fill rate in percent, 0 when the capacity is unknown. */
        public int percent() {
            return capacity == null || capacity == 0 ? 0 : (int) Math.round(100.0 * confirmed / capacity);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String firstName, String lastName, String email, String organisation, String territoryType,
            String jobTitle, String statutoryCategory, String accessibilityNeeds, String dietaryNeeds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registration(String id, String congressId, String status,
            Long waitlistPosition, OffsetDateTime offerExpiresAt, String category, long feeCents, List<LocalDate> days,
            List<MealChoice> meals, List<WorkshopChoiceView> workshops, String language, Person person,
            OffsetDateTime checkedInAt, OffsetDateTime createdAt, boolean anonymised) {

        public List<MealChoice> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }

        public List<WorkshopChoiceView> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<LocalDate> daysOrEmpty() {
            return days == null ? List.of() : days;
        }

        public boolean active() {
            return !"CANCELLED".equals(status);
        }

        public Person personOrEmpty() {
            return person == null ? new Person(null, null, null, null, null, null, null, null, null) : person;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MealChoice(String sessionId, String title, String status, Long waitlistPosition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WorkshopChoiceView(String seriesId, String sessionId, String title, int rank, String status,
            Long waitlistPosition) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationRequest(List<LocalDate> days, List<String> meals, List<WorkshopChoice> workshops,
            String category, PersonalInfo person, Consent consent, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeRequest(List<LocalDate> days, List<String> meals, List<WorkshopChoice> workshops,
            PersonalInfo person, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonalInfo(String firstName, String lastName, String email, String organisation,
            String territoryType, String jobTitle, String statutoryCategory, String accessibilityNeeds,
            String dietaryNeeds) {
    }

    public record Consent(boolean accepted, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkshopChoice(String sessionId, String secondChoiceSessionId) {
    }

    /**
     * The public registration settings: the privacy notice version the person accepts, and which personal
     * information the organisers ask for (each HIDDEN, OPTIONAL or REQUIRED) with the choices offered.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrationSettings(String congressId, OffsetDateTime opensAt, OffsetDateTime closesAt,
            String privacyNoticeVersion, InformationAsked information, List<String> territoryTypes,
            List<String> statutoryCategories) {

        public InformationAsked asked() {
            return information == null ? InformationAsked.DEFAULT : information;
        }

        public List<String> territoryTypesOrEmpty() {
            return territoryTypes == null ? List.of() : territoryTypes;
        }

        public List<String> statutoryCategoriesOrEmpty() {
            return statutoryCategories == null ? List.of() : statutoryCategories;
        }
    }

    /** For each optional piece of personal information: HIDDEN (not asked), OPTIONAL (also when null) or REQUIRED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationAsked(String organisation, String territoryType, String jobTitle,
            String statutoryCategory, String accessibilityNeeds, String dietaryNeeds) {

        /** What registration-service asks when a congress has no settings of its own. */
        static final InformationAsked DEFAULT = new InformationAsked("REQUIRED", "REQUIRED", "OPTIONAL", "OPTIONAL",
                "OPTIONAL", "OPTIONAL");

        /** Whether the form shows the field ({@code organisation}, {@code territoryType}…). */
        public boolean shown(String field) {
            return !"HIDDEN".equals(mode(field));
        }

        public boolean required(String field) {
            return "REQUIRED".equals(mode(field));
        }

        private String mode(String field) {
            return switch (field) {
                case "organisation" -> organisation;
                case "territoryType" -> territoryType;
                case "jobTitle" -> jobTitle;
                case "statutoryCategory" -> statutoryCategory;
                case "accessibilityNeeds" -> accessibilityNeeds;
                case "dietaryNeeds" -> dietaryNeeds;
                default -> null;
            };
        }
    }

    /** One page of the organisers' search (personal data: organiser pages only). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrationPage(long total, int page, int size, List<Registration> items) {

        public List<Registration> itemsOrEmpty() {
            return items == null ? List.of() : items;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public record CheckinRequest(String token) {
    }

    /** What the entrance desk sees after a scan or a typed token. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckinResult(String registrationId, String name, String organisation, String category,
            OffsetDateTime checkedInAt, boolean alreadyCheckedIn, String message) {
    }

    /** Arrivals so far, per category: counts only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArrivalCounts(long confirmed, long checkedIn, List<CategoryArrivals> categories) {

        public List<CategoryArrivals> categoriesOrEmpty() {
            return categories == null ? List.of() : categories;
        }

        /** Arrivals of one category, 0 when none arrived yet. */
        public long of(String category) {
            return categoriesOrEmpty().stream().filter(c -> c.category().equals(category))
                    .mapToLong(CategoryArrivals::checkedIn).sum();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryArrivals(String category, long confirmed, long checkedIn) {
    }

    // ---- budget-service (BudgetView)

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(String budgetId, String congressId, int versionNumber, String versionName, String status,
            List<BudgetGroup> charges, List<BudgetGroup> produits, BudgetTotals totals, List<Funder> funders,
            List<Scenario> scenarios, BreakEven breakEven) {

        public List<BudgetGroup> chargesOrEmpty() {
            return charges == null ? List.of() : charges;
        }

        public List<BudgetGroup> produitsOrEmpty() {
            return produits == null ? List.of() : produits;
        }

        public List<Funder> fundersOrEmpty() {
            return funders == null ? List.of() : funders;
        }

        public List<Scenario> scenariosOrEmpty() {
            return scenarios == null ? List.of() : scenarios;
        }
    }

    /** An account heading (60, 61 … 78), named in French and English, and its lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetGroup(String code, String label, String labelEn, long totalCents, List<BudgetLine> lines) {

        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : label;
        }

        public List<BudgetLine> linesOrEmpty() {
            return lines == null ? List.of() : lines;
        }

        /** On confirmed registrations where the line moves with them, else the provisional value. */
        public long confirmedCents() {
            return linesOrEmpty().stream()
                    .mapToLong(l -> l.confirmedCents() == null ? l.provisionalCents() : l.confirmedCents()).sum();
        }

        public long provisionalCents() {
            return linesOrEmpty().stream().mapToLong(BudgetLine::provisionalCents).sum();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLine(String id, String account, String accountLabel, String label, String driver,
            String basis, long provisionalCents, Long confirmedCents, long committedCents, long paidCents,
            long unitCents, long quantity, boolean perRoom, String category, String sessionId, String fte,
            Integer months, String funderId, String funderName) {

        /** Staff lines are costed from FTE and months, not from a unit amount. */
        public boolean staff() {
            return "STAFF".equals(driver);
        }

        /**
         * What budget-service multiplies unit × quantity by for this line (participants, meals, days × rooms…), read
         * back from its provisional amount so the editor can recompute the line as it is typed; null when it cannot
         * be read (a zero amount on a line driven by a count).
         */
        public Long factor() {
            if (staff()) {
                return null;
            }
            long base = unitCents * quantity;
            if (base != 0 && provisionalCents % base == 0) {
                return provisionalCents / base;
            }
            return "FIXED".equals(driver) ? 1L : null;
        }
    }

    /** A whole budget line as budget-service takes it back (LineRequest): the unit amount in euros. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineRequest(String account, String label, String driver, String basis, BigDecimal amount,
            Long quantity, Boolean perRoom, String category, String sessionId, String fte, Integer months,
            String funderId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetTotals(long chargesCents, long produitsCents, long totalChargesCents,
            long totalProduitsCents, long balanceCents, boolean balanced) {

        /** The size of the deficit or surplus. */
        public long balanceAbsCents() {
            return Math.abs(balanceCents);
        }
    }

    /** A funder is an institution (State agency, region, fund), not a person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funder(String id, String typeLabel, String name, String status, long provisionalCents,
            long requestedCents, long grantedCents, long paidCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scenario(String name, int participants, long totalChargesCents, long totalProduitsCents,
            long balanceCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BreakEven(Integer participants, String label) {
    }

    // ---- evaluation-service (IndicatorView, Results: aggregates only, free text never read)

    /** An indicator against its target; status ATTEINT, NON_ATTEINT or EN_ATTENTE. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String id, String label, String source, BigDecimal target, String unit, BigDecimal value,
            String status, String explanation, String questionnaireId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluationResults(String questionnaireId, String title, String state, int minGroupSize,
            int responses, long checkedIn, long confirmed, BigDecimal responseRate, List<CategoryRate> byCategory,
            List<QuestionResult> questions, Integer publishBatchSize, Integer awaitingPublication) {

        public List<CategoryRate> byCategoryOrEmpty() {
            return byCategory == null ? List.of() : byCategory;
        }

        /** Questions answered on a scale, with their mean (hidden ones left out). */
        public List<QuestionResult> scaled() {
            return questions == null ? List.of()
                    : questions.stream().filter(q -> !q.suppressed() && q.mean() != null).toList();
        }

        /** Every session rated, from the per-session rating questions. */
        public List<SessionRating> sessionRatings() {
            return questions == null ? List.of()
                    : questions.stream().filter(q -> q.sessions() != null).flatMap(q -> q.sessions().stream())
                            .toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryRate(String category, String label, String labelEn, long checkedIn, Integer responses,
            BigDecimal responseRate, boolean suppressed) {

        /** evaluation-service names every category (registration-service's names, or the code in words). */
        public String label(String lang) {
            return "en".equals(lang) && labelEn != null ? labelEn : label;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuestionResult(String id, String type, String label, int answered, boolean suppressed,
            BigDecimal mean, List<SessionRating> sessions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionRating(String sessionId, String title, String kind, Integer count, boolean suppressed,
            BigDecimal mean) {
    }

    /** Reminders of a questionnaire's non-respondents: counts only, never who. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReminderStatus(String questionnaireId, String state, long checkedIn, int nonRespondents,
            int remindersSent, LocalDate lastSentOn) {
    }

    /** A reminder the service will send. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReminderSent(String questionnaireId, LocalDate sentOn, int recipients) {
    }

    /** The evaluation panel: indicators and, when one is tied to a questionnaire, that questionnaire's results. */
    public record Evaluation(List<Indicator> indicators, EvaluationResults results) {
    }

    /** The participant's personal survey link (minted by evaluation-service on each call). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MySurvey(String questionnaireId, String title, String state, boolean answered, String token) {
    }

    /** A questionnaire as the respondent sees it, in one language. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Survey(String questionnaireId, String title, String language, String state, Preamble preamble,
            List<SurveySection> sections, Map<String, JsonNode> answers) {

        public List<SurveySection> sectionsOrEmpty() {
            return sections == null ? List.of() : sections;
        }

        public List<SurveyQuestion> questions() {
            return sectionsOrEmpty().stream().flatMap(s -> s.questionsOrEmpty().stream()).toList();
        }

        /** Every question, those the answers so far leave hidden too (a page shows or hides them as one answers). */
        public List<SurveyQuestion> allQuestions() {
            return sectionsOrEmpty().stream().flatMap(s -> s.allQuestions().stream()).toList();
        }

        /** Whether some question is shown only for some answer of an earlier one. */
        public boolean conditional() {
            return allQuestions().stream().anyMatch(q -> q.showWhen() != null);
        }

        /** The answers saved with the link (or sent for a step), by question id. */
        public Map<String, JsonNode> answersOrEmpty() {
            return answers == null ? Map.of() : answers;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preamble(String purpose, String use, String anonymity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SurveySection(String id, String title, String intro, List<SurveyQuestion> questions) {

        public List<SurveyQuestion> questionsOrEmpty() {
            return questions == null ? List.of() : questions.stream().filter(SurveyQuestion::visible).toList();
        }

        public List<SurveyQuestion> allQuestions() {
            return questions == null ? List.of() : questions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SurveyQuestion(String id, String type, String label, String help, boolean required, boolean visible,
            List<Choice> options, Integer maxSelections, List<ScalePoint> scale, String satisfactionLabel,
            BigDecimal min, BigDecimal max, Integer maxLength, List<RatedSession> sessions, ShowWhen showWhen) {

        public List<Choice> optionsOrEmpty() {
            return options == null ? List.of() : options;
        }

        public List<ScalePoint> scaleOrEmpty() {
            return scale == null ? List.of() : scale;
        }

        public List<RatedSession> sessionsOrEmpty() {
            return sessions == null ? List.of() : sessions;
        }
    }

    /** A question shown only when an earlier question's answer is {@code equals}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShowWhen(String questionId, String equals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String code, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScalePoint(int value, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RatedSession(String sessionId, String title, String kind, OffsetDateTime start, String room) {
    }

    public record Answers(Map<String, JsonNode> answers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(String questionnaireId, boolean edited, String message) {
    }

    /** A questionnaire as organisers list them (its definition is not read here). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Questionnaire(String id, String title, String status, String state, OffsetDateTime opensAt,
            OffsetDateTime closesAt, int responseCount) {
    }

    /** The congress as organisers edit it (CongressView), with its version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CongressSetup(String id, String slug, String title, LocalDate startDate, LocalDate endDate,
            String timeZone, String venue, String status, List<HalfDay> halfDays, long version) {

        public List<HalfDay> halfDaysOrEmpty() {
            return halfDays == null ? List.of() : halfDays;
        }
    }

    /** The whole CongressRequest: programme-service replaces the congress, half-days included. */
    public record CongressRequest(String title, String slug, LocalDate startDate, LocalDate endDate, String venue,
            String timeZone, String status, List<HalfDayRequest> halfDays, Long version) {
    }

    public record HalfDayRequest(OffsetDateTime start, OffsetDateTime end) {
    }

    /** A room as organisers edit it (RoomView), with its version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoomSetup(String id, String name, int capacity, boolean accessible, long version) {
    }

    /** RoomRequest: the whole room; {@code version} is the one read, null when creating. */
    public record RoomRequest(String name, Integer capacity, boolean accessible, Long version) {
    }

    /** registration-service's ClaimResource.Claimed: the registrations now mine. */
    public record Claimed(List<String> registrationIds) {
    }
}
