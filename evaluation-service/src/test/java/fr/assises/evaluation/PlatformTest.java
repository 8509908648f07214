package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.ContractSnapshot;

import io.quarkus.test.junit.QuarkusTest;

/** What every service offers operators: readiness over the database and Kafka, metrics, OpenAPI, problem+json. */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxRelay() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("assises_outbox_published_total"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString("Assises"));
    }

    @Test
    void unknownRouteIsAProblem() {
        given().when().get("/api/evaluation/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyOperationHasAnId() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && !"parameters".equals(method) && op.get("operationId") == null) {
                missing.add(method + " " + path);
            }
        }));
        assertThat(paths).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void servesTheCommittedContract() {
        ContractSnapshot.check("openapi/evaluation.json",
                given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
