package fr.assises.e2e;

import static org.junit.jupiter.api.extension.ExtensionContext.Namespace.GLOBAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * The whole system, started once for all end-to-end tests by the README's own command
 * ({@code deploy/local/stack.sh start}): PostgreSQL, Kafka, Keycloak with the assises realm, the five services and
 * the demo congress. It runs on ports of its own (the 18xxx range, so a developer's stack on the default ports may
 * keep running) with its state under {@code e2e/target/stack}, and is stopped when the test run ends.
 *
 * <p>The services are not built here: a reactor build packages them before this module (listed last), and a lone
 * {@code mvn verify -pl e2e} needs {@code mvn -DskipTests package} first. With {@code -Dassises.e2e.keepStack=true}
 * the stack is left running after the tests (a second run then reuses it: quicker while writing a test).
 */
public final class LocalStack implements BeforeAllCallback {

    public static final String HOST = "127.0.0.1";
    public static final int GATEWAY_PORT = 18080;
    public static final int KEYCLOAK_PORT = 18180;
    /** The stack's SMTP server (GreenMail) and its API, where the mails each address received can be read. */
    public static final int SMTP_PORT = 13025;
    public static final int MAIL_API_PORT = 18025;
    public static final String GATEWAY = "http://" + HOST + ":" + GATEWAY_PORT;
    public static final String KEYCLOAK = "http://" + HOST + ":" + KEYCLOAK_PORT;
    public static final String REALM = "assises";
    /** Password of the realm's fictional demo accounts (deploy/keycloak/assises-realm.json). */
    public static final String DEMO_PASSWORD = "assises-demo";
    public static final String SLUG = "congres-2027";

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path STACK = REPO.resolve("deploy/local/stack.sh");
    static final Path STATE = Path.of("target", "stack").toAbsolutePath();
    static final List<String> SERVICES = List.of("programme-service", "registration-service", "budget-service",
            "evaluation-service", "gateway");
    static final Duration START_TIMEOUT = Duration.ofMinutes(20);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(GLOBAL).getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
    }

    private static Running start() {
        for (String service : SERVICES) {
            if (!Files.isRegularFile(REPO.resolve(service).resolve("target/quarkus-app/quarkus-run.jar"))) {
                throw new IllegalStateException(service + " is not packaged: run 'mvn -DskipTests package' at the "
                        + "repository root first (a reactor 'mvn verify' does it before this module)");
            }
        }
        try {
            Files.createDirectories(STATE);
            Path log = STATE.resolve("start.log");
            int exit = run(log, START_TIMEOUT, "start", "--no-build");
            if (exit != 0) {
                throw new IllegalStateException("deploy/local/stack.sh start failed (exit " + exit + "):\n" + tail(log)
                        + "\nComponent logs: " + STATE.resolve("logs"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run deploy/local/stack.sh", e);
        }
        RestAssured.baseURI = GATEWAY;
        Running running = new Running();
        // a run cut short (Ctrl-C, surefire's timeout) must not leave eight processes behind
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "assises-stack-stop"));
        return running;
    }

    static int run(Path log, Duration timeout, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(STACK.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("ASSISES_STATE", STATE.toString());
        env.put("ASSISES_PG_PORT", "15433");
        env.put("ASSISES_KAFKA_PORT", "19092");
        env.put("ASSISES_KAFKA_CONTROLLER_PORT", "19093");
        env.put("ASSISES_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
        env.put("ASSISES_KEYCLOAK_MGMT_PORT", "19100");
        env.put("ASSISES_GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("ASSISES_PROGRAMME_PORT", "18081");
        env.put("ASSISES_REGISTRATION_PORT", "18082");
        env.put("ASSISES_BUDGET_PORT", "18083");
        env.put("ASSISES_EVALUATION_PORT", "18084");
        env.put("ASSISES_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("ASSISES_MAIL_API_PORT", String.valueOf(MAIL_API_PORT));
        // no class-data archives: writing them (40-100 s of CPU after each build) would compete with Keycloak's
        // start on the CI's two cores, and the journeys do not measure start times (the benchmark does)
        env.put("ASSISES_SERVICE_CDS", "off");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The running stack; JUnit closes it once every test class is done. */
    static final class Running implements AutoCloseable {

        private boolean stopped;

        @Override
        public void close() {
            stop();
        }

        synchronized void stop() {
            if (stopped || Boolean.getBoolean("assises.e2e.keepStack")) {
                return;
            }
            stopped = true;
            try {
                run(STATE.resolve("stop.log"), Duration.ofMinutes(2), "stop");
            } catch (IOException e) {
                System.err.println("could not stop the stack: " + e.getMessage());
            }
        }
    }
}
