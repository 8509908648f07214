package fr.assises.common.testapp;

import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.PostgresTestResource;
import fr.assises.common.test.TokenTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Starts the shared test resources once for every test of this module. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(TokenTestResource.class)
public final class TestStack {

    private TestStack() {
    }
}
