package fr.assises.budget.editions;

import static fr.assises.budget.Fixtures.LUNCH_1;
import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.hypotheses;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The congress.cloned event, through the real Kafka consumer: the new edition starts from the previous budget. */
@QuarkusTest
class BudgetCloneTest {

    private static final String OF_CONGRESS = "/api/budget/congresses/{id}/budget";

    @Test
    void hypothesesAndLinesAreCopiedIntoADraftOnceWhateverTheRedeliveries() throws Exception {
        UUID source = UUID.randomUUID();
        String budget = createBudget(source, hypotheses(500));
        addLine(budget, fixed("61", "Location du centre des congrès", "12000.00"));
        addLine(budget, line("60", "Sacoches", "PER_PARTICIPANT", "amount", "4.50"));
        addLine(budget, line("60", "Repas", "PER_MEAL", "amount", "18.00", "sessionId", LUNCH_1.toString()));
        addLine(budget, line("70", "Droits d'inscription", "REGISTRATION_REVENUE"));
        subsidy(budget, addFunder(budget, "REGION", "Région fictive", null, "5000.00"), "5000.00");
        UUID target = UUID.randomUUID();
        UUID lunchCopy = UUID.randomUUID();

        ProducerRecord<String, String> cloned = cloned(UUID.randomUUID(), source, target, 364,
                List.of("BUDGET", "PROGRAMME"), Map.of(LUNCH_1, lunchCopy));
        produce(cloned);
        JsonPath copy = await().atMost(Duration.ofSeconds(30)).until(() -> organiser().get(OF_CONGRESS, target),
                r -> r.statusCode() == 200).jsonPath();
        assertThat(copy.getInt("versionNumber")).isEqualTo(1);
        assertThat(copy.getString("status")).isEqualTo("DRAFT");
        assertThat(copy.getInt("hypotheses.participants")).isEqualTo(500);
        assertThat(copy.getList("hypotheses.categories.code")).containsExactly("PROFESSIONNEL", "ELU", "ETUDIANT");
        assertThat(copy.getList("hypotheses.scenarios.name")).containsExactly("Bas", "Central", "Haut");
        // the meal plan and the meal line follow the lunch's copy in the new programme
        assertThat(copy.getList("hypotheses.meals.sessionId")).containsExactly(lunchCopy.toString());
        assertThat(copy.getList("hypotheses.meals.label")).containsExactly("Déjeuner J1");
        assertThat(copy.getList("hypotheses.meals.percent")).containsExactly(100);
        assertThat(copy.getList("charges.lines.flatten().findAll { it.label == 'Repas' }.sessionId"))
                .containsExactly(lunchCopy.toString());
        assertThat(copy.getList("charges.lines.label.flatten()")).containsExactlyInAnyOrder(
                "Location du centre des congrès", "Sacoches", "Repas");
        assertThat(copy.getList("produits.lines.label.flatten()")).containsExactlyInAnyOrder(
                "Droits d'inscription", "Subvention");
        assertThat(copy.getList("produits.lines.funderId.flatten()")).containsOnlyNulls();
        assertThat(copy.getList("funders")).isEmpty();
        String copyId = copy.getString("budgetId");

        produce(cloned, cloned(UUID.randomUUID(), source, target, 364, List.of("BUDGET")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
            JsonPath now = organiser().get(OF_CONGRESS, target).jsonPath();
            return copyId.equals(now.getString("budgetId")) && now.getList("charges.lines.label.flatten()").size() == 3;
        });
        assertThat(organiser().get(OF_CONGRESS, source).jsonPath().getList("funders")).hasSize(1);
    }

    @Test
    void nothingIsCopiedWhenTheBudgetWasNotChosenOrThereIsNone() throws Exception {
        UUID source = UUID.randomUUID();
        createBudget(source, hypotheses(300));
        UUID notChosen = UUID.randomUUID();
        UUID noSource = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        produce(cloned(UUID.randomUUID(), source, notChosen, 7, List.of("REGISTRATION")),
                cloned(UUID.randomUUID(), UUID.randomUUID(), noSource, 7, List.of("BUDGET")),
                cloned(UUID.randomUUID(), source, marker, 7, List.of("BUDGET")));
        await().atMost(Duration.ofSeconds(30)).until(() -> organiser().get(OF_CONGRESS, marker).statusCode() == 200);
        organiser().get(OF_CONGRESS, notChosen).then().statusCode(404);
        organiser().get(OF_CONGRESS, noSource).then().statusCode(404);
    }

    @SafeVarargs
    private static void produce(ProducerRecord<String, String>... records) {
        try (KafkaCompanion companion = RegistrationEvents.companion()) {
            companion.produceStrings().fromRecords(List.of(records)).awaitCompletion(Duration.ofSeconds(20));
        }
    }

    static ProducerRecord<String, String> cloned(UUID eventId, UUID source, UUID target, long shift, List<String> parts)
            throws Exception {
        return cloned(eventId, source, target, shift, parts, Map.of());
    }

    static ProducerRecord<String, String> cloned(UUID eventId, UUID source, UUID target, long shift, List<String> parts,
            Map<UUID, UUID> sessions) throws Exception {
        String data = new ObjectMapper().writeValueAsString(Map.of("sourceCongressId", source.toString(),
                "congressId", target.toString(), "dayShift", shift, "parts", parts, "version", 1, "sessions",
                sessions.entrySet().stream().map(e -> Map.of("sourceSessionId", e.getKey().toString(), "sessionId",
                        e.getValue().toString())).toList()));
        return KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(eventId,
                "fr.assises.programme.congress.cloned.v1", URI.create("/assises/programme-service"),
                target.toString(), OffsetDateTime.now(ZoneOffset.UTC), data));
    }
}
