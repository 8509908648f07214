package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services' event contracts (each service's events/asyncapi.yaml and events/examples), checked by
 * contracts/check/check.mjs: the official AsyncAPI parser finds no error in any document, and every example is
 * valid against every document that declares its message, the producer's and each consumer's.
 */
class EventContractsTest {

    private static final List<String> SERVICES =
            List.of("programme-service", "registration-service", "budget-service", "evaluation-service");
    private static Path check;

    @BeforeAll
    static void installed() throws Exception {
        check = Repo.root().resolve("contracts/check");
        if (!Files.isDirectory(check.resolve("node_modules/@asyncapi/parser"))) {
            Result npm = run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertThat(npm.code).as("npm ci in contracts/check\n" + npm.out).isZero();
        }
    }

    @Test
    void everyDocumentParsesAndEveryExampleFitsItsProducerAndItsConsumers() throws Exception {
        Result result = check(Repo.root());
        assertThat(result.code).as(result.out).isZero();
        assertThat(result.out).startsWith("4 documents");
    }

    @Test
    void aProducerDroppingAFieldAConsumerNeedsFailsTheCheck(@TempDir Path copy) throws Exception {
        for (String service : SERVICES) {
            Path events = Repo.root().resolve(service).resolve("events");
            try (Stream<Path> files = Files.walk(events)) {
                for (Path f : files.toList()) {
                    Path target = copy.resolve(service).resolve("events").resolve(events.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(target);
                    else Files.copy(f, target);
                }
            }
        }
        Path session = copy.resolve("programme-service/events/examples/fr.assises.programme.session.changed.v1.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode example = (ObjectNode) json.readTree(session.toFile());
        example.remove("congressId");
        json.writeValue(session.toFile(), example);

        Result result = check(copy);
        assertThat(result.code).isEqualTo(1);
        assertThat(result.out).contains("programme-service/events/asyncapi.yaml")
                .contains("registration-service/events/asyncapi.yaml")
                .contains("must have required property 'congressId'");
    }

    private static Result check(Path root) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", check.resolve("check.mjs").toString()));
        for (String service : SERVICES) command.add(root.resolve(service).resolve("events/asyncapi.yaml").toString());
        return run(command.toArray(String[]::new));
    }

    private record Result(int code, String out) {}

    private static Result run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(check.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
