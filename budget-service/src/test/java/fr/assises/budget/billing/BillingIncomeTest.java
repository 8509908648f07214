package fr.assises.budget.billing;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.budget.actuals.RegistrationEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * registration-service's documented invoice events (../registration-service/events/examples) through the real
 * consumer: the fee-income line shows per category what was invoiced (credit notes deducted) and received, next to
 * the forecast; a redelivered event counts once.
 */
@QuarkusTest
class BillingIncomeTest {

    private static final Path EXAMPLES = Path.of("../registration-service/events/examples");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void feeIncomeShowsInvoicedAndReceivedNextToTheForecast() throws Exception {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        String lineId = addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        UUID invoiceA = UUID.randomUUID();
        UUID invoiceB = UUID.randomUUID();
        UUID creditB = UUID.randomUUID();
        ObjectNode issuedA = example(InvoiceIssuedData.TYPE, invoiceA, congressId);
        ObjectNode issuedB = example(InvoiceIssuedData.TYPE, invoiceB, congressId);
        issuedB.put("totalCents", 18000).put("netCents", 18000);
        issuedB.set("categories", JSON.valueToTree(List.of(new InvoiceIssuedData.CategoryAmount("PROFESSIONNEL", 18000))));
        ObjectNode credit = issuedB.deepCopy();
        credit.put("invoiceId", creditB.toString()).put("kind", "CREDIT_NOTE").put("creditedInvoiceId", invoiceB.toString())
                .put("totalCents", -18000).put("netCents", -18000);
        credit.set("categories", JSON.valueToTree(List.of(new InvoiceIssuedData.CategoryAmount("PROFESSIONNEL", -18000))));
        ObjectNode partly = example(PaymentRecordedData.TYPE, invoiceA, congressId);
        partly.put("amountCents", 27000).put("paidCents", 27000).put("version", 1);
        ObjectNode paid = example(PaymentRecordedData.TYPE, invoiceA, congressId);
        paid.put("amountCents", 27000).put("paidCents", 54000).put("version", 2);
        try (KafkaCompanion companion = RegistrationEvents.companion()) {
            companion.produceStrings().fromRecords(
                    RegistrationEvents.record(InvoiceIssuedData.TYPE, invoiceA.toString(), issuedA.toString()),
                    RegistrationEvents.record(PaymentRecordedData.TYPE, invoiceA.toString(), partly.toString()),
                    RegistrationEvents.record(InvoiceIssuedData.TYPE, invoiceB.toString(), issuedB.toString()),
                    RegistrationEvents.record(InvoiceIssuedData.TYPE, creditB.toString(), credit.toString()),
                    RegistrationEvents.record(PaymentRecordedData.TYPE, invoiceA.toString(), paid.toString()),
                    // redelivered: the issue and an older payment change nothing
                    RegistrationEvents.record(InvoiceIssuedData.TYPE, invoiceA.toString(), issuedA.toString()),
                    RegistrationEvents.record(PaymentRecordedData.TYPE, invoiceA.toString(), partly.toString()))
                    .awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(part(budgetId, lineId, "PROFESSIONNEL", "invoicedCents")).isEqualTo(42000);
            assertThat(part(budgetId, lineId, "PROFESSIONNEL", "receivedCents")).isEqualTo(42000);
            assertThat(part(budgetId, lineId, "ELU", "invoicedCents")).isEqualTo(12000);
            assertThat(part(budgetId, lineId, "ELU", "receivedCents")).isEqualTo(12000);
            assertThat(part(budgetId, lineId, "ETUDIANT", "invoicedCents")).isZero();
        });
        // the forecast stays the committee's: 300 professionals at 180 € whatever was invoiced
        assertThat(part(budgetId, lineId, "PROFESSIONNEL", "participants")).isEqualTo(300);
    }

    private static ObjectNode example(String type, UUID invoiceId, UUID congressId) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(type + ".json")));
        Class<?> shape = InvoiceIssuedData.TYPE.equals(type) ? InvoiceIssuedData.class : PaymentRecordedData.class;
        JSON.treeToValue(node, shape);
        node.put("invoiceId", invoiceId.toString()).put("congressId", congressId.toString());
        return node;
    }

    private static long part(String budgetId, String lineId, String category, String field) {
        JsonPath budget = organiser().when().get("/api/budget/budgets/" + budgetId).then().statusCode(200).extract()
                .jsonPath();
        return budget.getLong("produits.collectMany { it.lines }.find { it.id == '" + lineId
                + "' }.revenue.find { it.category == '" + category + "' }." + field);
    }
}
