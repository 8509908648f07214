package fr.assises.budget.retention;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.balance;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Six years after a change (by default) the audit trail and the versions no longer name its author. */
@QuarkusTest
class ActorRetentionTest {

    @Inject
    ActorRetention retention;

    @Inject
    EntityManager em;

    @Test
    void authorsAreErasedAfterThePeriodAndTheHistoryStays() {
        String budget = newBudget();
        addLine(budget, fixed("616", "Assurance", "1234.56"));
        long balance = balance(budget);
        List<Map<String, Object>> before = audit(budget);
        assertThat(before).isNotEmpty().allSatisfy(e -> assertThat(e.get("actorName")).isNotNull());
        ZonedDateTime now = Instant.now().atZone(ZoneId.of("Europe/Paris"));

        retention.eraseExpired(now.plusYears(6).minusDays(1).toInstant());
        assertThat(audit(budget)).isEqualTo(before);
        assertThat(createdBy(budget)).doesNotContain(ActorRetention.ANONYMOUS);

        assertThat(retention.eraseExpired(now.plusYears(6).plusDays(1).toInstant()))
                .isGreaterThanOrEqualTo(before.size() + 1);
        List<Map<String, Object>> after = audit(budget);
        assertThat(after).hasSameSizeAs(before).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo(ActorRetention.ANONYMOUS);
            assertThat(e.get("actorName")).isNull();
        });
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).get("action")).isEqualTo(before.get(i).get("action"));
            assertThat(after.get(i).get("detail")).isEqualTo(before.get(i).get("detail"));
            assertThat(after.get(i).get("at")).isEqualTo(before.get(i).get("at"));
        }
        assertThat(createdBy(budget)).containsOnly(ActorRetention.ANONYMOUS);
        assertThat(balance(budget)).isEqualTo(balance);

        assertThat(retention.eraseExpired(now.plusYears(6).plusDays(1).toInstant())).isZero();
    }

    private static List<Map<String, Object>> audit(String budget) {
        return organiser().when().get("/api/budget/budgets/{id}/audit", budget).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private List<String> createdBy(String budget) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select created_by from budget_version where budget_id = ?1")
                .setParameter(1, UUID.fromString(budget)).getResultList());
    }
}
