package fr.assises.gateway.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the gateway reads from and sends to the services' REST APIs. Unknown fields are ignored and the
 * usual alternative names accepted, so a service may add fields without breaking the pages.
 */
public final class Dto {

    private Dto() {
    }

    // ---- programme-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Congress(@JsonAlias("id") String congressId, String slug, String title, String description,
            LocalDate startDate, LocalDate endDate, String timeZone, String venue, String status,
            List<HalfDay> halfDays, List<Room> rooms, OffsetDateTime registrationClosesAt) {

        public List<HalfDay> halfDaysOrEmpty() {
            return halfDays == null ? List.of() : halfDays;
        }

        public List<Room> roomsOrEmpty() {
            return rooms == null ? List.of() : rooms;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HalfDay(String code, LocalDate date, String period, OffsetDateTime start, OffsetDateTime end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Room(@JsonAlias("id") String roomId, String name, Integer capacity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String name, String organisation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(@JsonAlias("id") String sessionId, String kind, String title, String description,
            String halfDayCode, OffsetDateTime start, OffsetDateTime end, String roomId, String roomName,
            Integer capacity, String seriesId, List<String> themes, String status, List<Speaker> speakers) {

        public List<String> themesOrEmpty() {
            return themes == null ? List.of() : themes;
        }

        public List<Speaker> speakersOrEmpty() {
            return speakers == null ? List.of() : speakers;
        }

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conflict(String type, @JsonAlias({"message", "description"}) String detail,
            List<String> sessionIds, String roomId, String halfDayCode) {

        public List<String> sessionIdsOrEmpty() {
            return sessionIds == null ? List.of() : sessionIds;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionMove(String halfDayCode, String roomId) {
    }

    // ---- registration-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Availability(String congressId, Integer capacity, Integer remaining, Boolean open,
            OffsetDateTime closesAt, List<Category> categories, List<LocalDate> days, List<Option> workshops,
            List<Option> meals) {

        public List<Category> categoriesOrEmpty() {
            return categories == null ? List.of() : categories;
        }

        public List<LocalDate> daysOrEmpty() {
            return days == null ? List.of() : days;
        }

        public List<Option> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<Option> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String code, String label, Long feeCents) {
    }

    /** A workshop or meal offered at registration, with its remaining places. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(@JsonAlias("id") String sessionId, String title, String halfDayCode, OffsetDateTime start,
            OffsetDateTime end, String seriesId, Integer capacity, Integer remaining,
            @JsonAlias("waitlisted") Integer waitlist) {

        public boolean full() {
            return remaining != null && remaining <= 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registration(@JsonAlias("id") String registrationId, String congressId, String status,
            String category, Long feeCents, List<LocalDate> days, List<Choice> meals, List<Choice> workshops,
            Integer waitlistPosition, OffsetDateTime checkedInAt, String firstName, String lastName, String email,
            String organisation, String language) {

        public List<Choice> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }

        public List<Choice> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<LocalDate> daysOrEmpty() {
            return days == null ? List.of() : days;
        }

        public boolean active() {
            return !"CANCELLED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String sessionId, Integer rank, String status, Integer waitlistPosition) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationRequest(String category, List<LocalDate> days, List<String> meals,
            List<WorkshopChoice> workshops, String firstName, String lastName, String email, String organisation,
            String language) {
    }

    public record WorkshopChoice(String sessionId, int rank) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrationStats(Integer total, Integer confirmed, Integer waitlisted, Integer cancelled,
            Integer checkedIn, Map<String, Integer> byCategory, Map<String, Integer> byDay, List<Fill> workshops,
            List<Fill> meals) {

        public List<Fill> workshopsOrEmpty() {
            return workshops == null ? List.of() : workshops;
        }

        public List<Fill> mealsOrEmpty() {
            return meals == null ? List.of() : meals;
        }

        public Map<String, Integer> byCategoryOrEmpty() {
            return byCategory == null ? Map.of() : byCategory;
        }

        public Map<String, Integer> byDayOrEmpty() {
            return byDay == null ? Map.of() : byDay;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fill(String sessionId, String title, Integer capacity, Integer confirmed, Integer waitlisted) {

        /** Fill rate in percent, 0 when the capacity is unknown. */
        public int rate() {
            if (capacity == null || capacity == 0 || confirmed == null) {
                return 0;
            }
            return (int) Math.round(100.0 * confirmed / capacity);
        }
    }

    /** One row of the organisers' registration list (personal data: organiser pages only). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrationRow(@JsonAlias("id") String registrationId, String firstName, String lastName,
            String email, String organisation, String category, String status, Integer waitlistPosition,
            OffsetDateTime checkedInAt) {
    }

    public record CheckInRequest(String token) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckIn(String registrationId, String status, OffsetDateTime checkedInAt, Boolean alreadyCheckedIn,
            String firstName, String lastName, String category) {

        public String displayName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return name.isEmpty() ? registrationId : name;
        }
    }

    // ---- budget-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetSummary(String budgetId, String congressId, String status, Long version, Long chargesCents,
            Long produitsCents, Long balanceCents, Long actualChargesCents, Long actualProduitsCents,
            List<BudgetLine> lines, List<FunderTotal> funders, List<Scenario> scenarios) {

        public List<BudgetLine> linesOrEmpty() {
            return lines == null ? List.of() : lines;
        }

        public List<FunderTotal> fundersOrEmpty() {
            return funders == null ? List.of() : funders;
        }

        public List<Scenario> scenariosOrEmpty() {
            return scenarios == null ? List.of() : scenarios;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLine(@JsonAlias("id") String lineId, String kind, String account, String label,
            String funder, Long provisionalCents, Long actualCents) {

        public boolean charge() {
            return "CHARGE".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunderTotal(@JsonAlias("name") String funder, Long committedCents, Long receivedCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scenario(String name, Long chargesCents, Long produitsCents, Long balanceCents) {
    }

    public record BudgetLineUpdate(Long provisionalCents, Long actualCents) {
    }

    // ---- evaluation-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluationResults(String questionnaireId, Integer responseCount, Integer invitedCount,
            Double responseRate, Double satisfaction, List<SessionRating> sessions, List<Indicator> indicators) {

        public List<SessionRating> sessionsOrEmpty() {
            return sessions == null ? List.of() : sessions;
        }

        public List<Indicator> indicatorsOrEmpty() {
            return indicators == null ? List.of() : indicators;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionRating(String sessionId, String title, @JsonAlias("averageRating") Double average,
            @JsonAlias("ratingCount") Integer count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String label, Double value, Double target, String unit) {

        public boolean met() {
            return value != null && target != null && value >= target;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MySurvey(String questionnaireId, @JsonAlias("link") String url, String status, Boolean answered) {
    }
}
