package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.lineIds;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Edits of one budget are serialised: concurrent writers lose nothing and the version grows without gaps. */
@QuarkusTest
class ConcurrentEditsTest {

    @Test
    void concurrentLinesAreAllKeptWithOneVersionEach() throws Exception {
        String budgetId = newBudget();
        long before = aggregateVersion(budgetId);
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String label = "Ligne " + i;
                results.add(pool.submit(() -> organiser().body(fixed("606", label, "10.00"))
                        .when().post("/api/budget/budgets/" + budgetId + "/lines").then().extract().statusCode()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(lineIds(budgetId)).hasSize(writers).doesNotHaveDuplicates();
        assertThat(aggregateVersion(budgetId)).isEqualTo(before + writers);
        List<String> actions = organiser().when().get("/api/budget/budgets/" + budgetId + "/audit")
                .then().statusCode(200).extract().path("action");
        assertThat(actions).hasSize(writers + 1);
        long charges = ((Number) organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().extract().path("totals.chargesCents")).longValue();
        assertThat(charges).isEqualTo(writers * 1000L);
    }
}
