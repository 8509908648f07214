package fr.assises.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

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
        given().when().get("/api/programme/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void servesTheCommittedContractWithAnIdOnEveryOperation() {
        ContractSnapshot.checkServedOpenApi("programme");
    }
}
