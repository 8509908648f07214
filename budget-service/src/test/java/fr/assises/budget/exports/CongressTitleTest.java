package fr.assises.budget.exports;

import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The PDF names the congress by the title programme-service publishes (its own example of congress.changed, read
 * from its module), never by its id; an older version of the event arriving late changes nothing.
 */
@QuarkusTest
class CongressTitleTest {

    private static final Path EXAMPLE = Path.of("..", "programme-service", "events", "examples",
            "fr.assises.programme.congress.changed.v1.json");

    private static ProducerRecord<String, String> changed(UUID congressId, String title, long version) throws Exception {
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(Files.readString(EXAMPLE));
        data.put("congressId", congressId.toString()).put("version", version);
        if (title != null) {
            data.put("title", title);
        }
        return KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(UUID.randomUUID(),
                "fr.assises.programme.congress.changed.v1", URI.create("/assises/programme-service"),
                congressId.toString(), OffsetDateTime.now(ZoneOffset.UTC), data.toString()));
    }

    private static String pdfText(String budgetId) throws Exception {
        byte[] pdf = organiser().when().get("/api/budget/budgets/" + budgetId + "/export.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePdfNamesTheCongressByTheTitleProgrammeServicePublished() throws Exception {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        assertThat(pdfText(budgetId)).doesNotContain(congressId.toString()).contains("Hypothèse de 500 participants sur 2 jours");

        String title = new ObjectMapper().readTree(Files.readString(EXAMPLE)).path("title").asText();
        try (KafkaCompanion companion = RegistrationEvents.companion()) {
            companion.produceStrings().fromRecords(List.of(changed(congressId, null, 5)))
                    .awaitCompletion(Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(30)).until(() -> pdfText(budgetId).contains(title));
            companion.produceStrings().fromRecords(List.of(changed(congressId, "Ancien titre fictif", 3),
                    changed(congressId, "4e Congrès national fictif", 6))).awaitCompletion(Duration.ofSeconds(20));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pdfText(budgetId).contains("4e Congrès national fictif"));
        assertThat(pdfText(budgetId)).doesNotContain("Ancien titre fictif").doesNotContain(congressId.toString());
    }
}
