package fr.assises.gateway.web.partner;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.BudgetClient;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.Panel;

/**
 * Composes the partner dashboards from several services at once. Each call has its own timeout (REST client
 * read timeout and {@code @Timeout}); a service that fails or is slow only blanks its own panel.
 */
@ApplicationScoped
public class Dashboards {

    /** The panels; only aggregated figures, never a person. */
    public record Dashboard(Panel<Dto.Budget> budget, Panel<Dto.Evaluation> evaluation,
            Panel<Dto.Availability> registrations, Panel<Dto.ArrivalCounts> arrivals) {
    }

    @Inject
    ManagedExecutor executor;

    @Inject
    @RestClient
    BudgetClient budget;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    @RestClient
    EditionsClient editions;

    /** Every edition a partner may read, archived ones included, newest first. */
    public Panel<List<Dto.Congress>> editions() {
        return Calls.panel("programme", editions::editions);
    }

    public Dashboard compose(String congressId) {
        CompletableFuture<Panel<Dto.Budget>> b = Calls.start(executor, "budget", () -> budget.ofCongress(congressId));
        CompletableFuture<Panel<Dto.Availability>> r = Calls.start(executor, "registration",
                () -> registration.availability(congressId));
        CompletableFuture<Panel<Dto.Evaluation>> e = Calls.start(executor, "evaluation", () -> evaluation(congressId));
        CompletableFuture<Panel<Dto.ArrivalCounts>> a = Calls.start(executor, "registration",
                () -> registration.arrivals(congressId));
        return new Dashboard(Calls.await(b, "budget"), Calls.await(e, "evaluation"), Calls.await(r, "registration"),
                Calls.await(a, "registration"));
    }

    /** The indicators, then the results of the questionnaire the indicators measure (if any). */
    private Dto.Evaluation evaluation(String congressId) {
        List<Dto.Indicator> indicators = evaluation.indicators(congressId);
        String questionnaireId = indicators.stream().map(Dto.Indicator::questionnaireId).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new Dto.Evaluation(indicators,
                questionnaireId == null ? null : evaluation.results(questionnaireId));
    }
}
