package fr.assises.gateway.web.organiser.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.assises.gateway.clients.CallerToken;

/** budget-service as the budget pages use it (BudgetResource, LineBatchResource, FunderResource); the caller's token goes with each call. */
@RegisterProvider(CallerToken.class)
@RegisterProvider(BudgetLanguage.class)
@RegisterRestClient(configKey = "budget")
@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(5000)
public interface BudgetEditorClient {

    @GET
    @Path("/congresses/{congressId}/budget")
    View ofCongress(@PathParam("congressId") String congressId);

    @GET
    @Path("/budgets/{budgetId}")
    View version(@PathParam("budgetId") String budgetId, @QueryParam("version") Integer version);

    @GET
    @Path("/accounts")
    List<Account> accounts();

    @GET
    @Path("/congresses/{congressId}/registration-fees")
    FeeSchedule registrationFees(@PathParam("congressId") String congressId);

    @PUT
    @Path("/budgets/{budgetId}/lines")
    View saveLines(@PathParam("budgetId") String budgetId, Batch batch);

    @POST
    @Path("/budgets/{budgetId}/submit")
    View submit(@PathParam("budgetId") String budgetId);

    @GET
    @Path("/budgets/{budgetId}/versions")
    List<VersionSummary> versions(@PathParam("budgetId") String budgetId);

    @POST
    @Path("/budgets/{budgetId}/versions")
    View newVersion(@PathParam("budgetId") String budgetId, NewVersion request);

    @GET
    @Path("/budgets/{budgetId}/diff")
    Diff diff(@PathParam("budgetId") String budgetId, @QueryParam("from") int from, @QueryParam("to") int to);

    @jakarta.ws.rs.DELETE
    @Path("/budgets/{budgetId}/funders/{funderId}")
    void deleteFunder(@PathParam("budgetId") String budgetId, @PathParam("funderId") String funderId);

    @PUT
    @Path("/budgets/{budgetId}/hypotheses")
    View hypotheses(@PathParam("budgetId") String budgetId, HypothesesRequest request);

    @GET
    @Path("/budgets/{budgetId}/scenarios")
    List<ScenarioResult> scenarios(@PathParam("budgetId") String budgetId,
            @QueryParam("participants") List<Integer> participants);

    @GET
    @Path("/budgets/{budgetId}/funders")
    List<FunderView> funders(@PathParam("budgetId") String budgetId);

    @POST
    @Path("/budgets/{budgetId}/funders")
    FunderView addFunder(@PathParam("budgetId") String budgetId, FunderRequest request);

    @PUT
    @Path("/budgets/{budgetId}/funders/{funderId}")
    FunderView updateFunder(@PathParam("budgetId") String budgetId, @PathParam("funderId") String funderId,
            FunderRequest request);

    // ---- shapes (budget-service's BudgetView and requests, the members these pages read)

    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(String budgetId, String congressId, int versionNumber, String versionName, String status,
            List<Group> charges, List<Group> produits, List<Group> inKindUses, List<Group> inKindContributions,
            Totals totals, List<FunderView> funders, Hypotheses hypotheses, List<ScenarioResult> scenarios,
            BreakEven breakEven, RegistrationFees registrationFees, Programme programme) {

        /** Whether the days and half-days are the programme's (then not typed in the hypotheses). */
        public boolean daysFromProgramme() {
            return programme != null && programme.known();
        }

        /** Whether the meals are the published programme's (then only each one's expected share is typed). */
        public boolean mealsFromProgramme() {
            return programme != null && Boolean.TRUE.equals(programme.meals());
        }

        /** Whether the fees are registration-service's as published (false before its first settings event). */
        public boolean feesKnown() {
            return registrationFees != null && (registrationFees.known() || registrationFees.frozen());
        }

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }

        /** Every line in the form's order, for matching a refusal to its line. */
        public List<Line> allLines() {
            return java.util.stream.Stream.of(charges, produits, inKindUses, inKindContributions)
                    .filter(java.util.Objects::nonNull).flatMap(List::stream)
                    .flatMap(g -> g.lines() == null ? java.util.stream.Stream.empty() : g.lines().stream()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String code, String label, String labelEn, long totalCents, List<Line> lines) {

        /** The heading's name in the page's language (budget-service names every account in both). */
        String label(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String account, String accountLabel, String label, String driver, String basis,
            String formula, long provisionalCents, Long confirmedCents, long unitCents, long quantity,
            boolean perRoom, String category, String sessionId, String fte, Integer months, String funderId,
            String funderName, List<RevenuePart> revenue) {

        /** A registration-income line: derived from registration-service's fees and the forecast, never typed. */
        public boolean derived() {
            return "REGISTRATION_REVENUE".equals(driver);
        }

        public long confirmedCount() {
            return revenue == null ? 0 : revenue.stream().mapToLong(RevenuePart::confirmed).sum();
        }

        public long confirmedRevenueCents() {
            return revenue == null ? 0 : revenue.stream().mapToLong(RevenuePart::confirmedCents).sum();
        }

        /** Invoiced by registration-service (credit notes deducted), all categories of the line. */
        public long invoicedCents() {
            return revenue == null ? 0 : revenue.stream().mapToLong(RevenuePart::invoicedCents).sum();
        }

        /** Received on those invoices. */
        public long receivedCents() {
            return revenue == null ? 0 : revenue.stream().mapToLong(RevenuePart::receivedCents).sum();
        }

        public String confirmedCountText(String language) {
            return grouped(confirmedCount(), language);
        }
    }

    /** 1 200 (with a non-breaking space) in French, 1,200 in English. */
    static String grouped(long value, String language) {
        return java.text.NumberFormat.getIntegerInstance("en".equals(language) ? java.util.Locale.UK
                : java.util.Locale.FRANCE).format(value).replace('\u202f', '\u00a0');
    }

    /** One category of a registration-income line: forecast participants × registration-service's fee. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RevenuePart(String category, String label, String labelEn, long participants, long feeCents,
            boolean feeKnown, long amountCents, long confirmed, long confirmedCents, long invoicedCents,
            long receivedCents) {

        public String label(String language) {
            String chosen = "en".equals(language) ? labelEn : label;
            return chosen == null || chosen.isBlank() ? category : chosen;
        }

        public String participantsText(String language) {
            return grouped(participants, language);
        }
    }

    /** registration-service's fee categories as budget-service last received them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeeSchedule(boolean known, long version, List<Fee> fees) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fee(String code, String labelFr, String labelEn, long feeCents, Integer quota) {

        public String label(String language) {
            String chosen = "en".equals(language) ? labelEn : labelFr;
            return chosen == null || chosen.isBlank() ? code : chosen;
        }
    }

    /** The congress's days and half-days as programme-service published them ({@code known}), else none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code meals}: the meal plan is the published programme's MEAL sessions (only their shares are typed). */
    record Programme(boolean known, Integer days, Integer halfDays, Boolean meals) {
    }

    /** Where the fees come from: registration-service's settings (known), or frozen in a submitted version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationFees(boolean known, boolean frozen, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(long chargesCents, long produitsCents, long inKindUsesCents, long inKindContributionsCents,
            long totalChargesCents, long totalProduitsCents, long balanceCents, boolean balanced) {

        public long balanceAbsCents() {
            return Math.abs(balanceCents);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hypotheses(int participants, int days, int halfDays, int rooms, int speakers, List<Category> categories,
            List<Meal> meals, List<Scenario> scenarios) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scenario(String name, int participants) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScenarioResult(String name, int participants, long totalChargesCents, long totalProduitsCents,
            long balanceCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BreakEven(Integer participants, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HypothesesRequest(Integer participants, Integer days, Integer halfDays, Integer rooms, Integer speakers,
            List<CategoryRequest> categories, List<Meal> meals, List<Scenario> scenarios) {
    }

    /** A category's share of the forecast participants; its fee is registration-service's, never sent from here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CategoryRequest(String code, Integer percent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String code, long feeCents, int percent, String label, String labelEn, Boolean feeKnown) {

        public String label(String language) {
            String chosen = "en".equals(language) ? labelEn : label;
            return chosen == null || chosen.isBlank() ? code : chosen;
        }

        /** False only when registration-service has published no fee for this code. */
        public boolean known() {
            return !Boolean.FALSE.equals(feeKnown);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meal(String sessionId, String label, int percent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(String code, String label, String labelEn, String group, String side) {

        /** The same account named in the page's language only, for the account lists. */
        Account in(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && labelEn != null
                    ? new Account(code, labelEn, labelEn, group, side) : this;
        }
    }

    /** One change of the editor's form: a new line (no lineId), a replaced one, or a deleted one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String lineId, Boolean delete, LineRequest line) {
    }

    record Batch(List<Change> changes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineRequest(String account, String label, String driver, String basis, BigDecimal amount, Long quantity,
            Boolean perRoom, String category, String sessionId, String fte, Integer months, String funderId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionSummary(int number, String name, String status, boolean current, String createdAt,
            String submittedAt, long totalChargesCents, long totalProduitsCents, long balanceCents) {

        public java.time.OffsetDateTime created() {
            return createdAt == null ? null : java.time.OffsetDateTime.parse(createdAt);
        }

        public java.time.OffsetDateTime submitted() {
            return submittedAt == null ? null : java.time.OffsetDateTime.parse(submittedAt);
        }
    }

    record NewVersion(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Diff(int from, int to, List<LineChange> lines, long fromChargesCents, long toChargesCents,
            long fromProduitsCents, long toProduitsCents, long fromBalanceCents, long toBalanceCents) {

        public int unchanged() {
            return lines == null ? 0 : (int) lines.stream().filter(l -> "UNCHANGED".equals(l.change())).count();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LineChange(String account, String label, String change, Long fromCents, Long toCents, long deltaCents,
            String fromFormula, String toFormula, List<String> fields) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FunderView(String id, String type, String typeLabel, String name, String agency, String status,
            long provisionalCents, long requestedCents, long grantedCents, long paidCents, String requestedOn,
            String grantedOn, String paidOn, String coFinancingRate, String grantedRate, String conditions) {

        public java.time.LocalDate requestedDate() {
            return requestedOn == null ? null : java.time.LocalDate.parse(requestedOn);
        }

        public java.time.LocalDate grantedDate() {
            return grantedOn == null ? null : java.time.LocalDate.parse(grantedOn);
        }

        public java.time.LocalDate paidDate() {
            return paidOn == null ? null : java.time.LocalDate.parse(paidOn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FunderRequest(String type, String name, String agency, String status, BigDecimal requested,
            BigDecimal granted, BigDecimal paid, String requestedOn, String grantedOn, String paidOn,
            String conditions) {
    }
}
