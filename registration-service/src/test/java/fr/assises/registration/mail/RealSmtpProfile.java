package fr.assises.registration.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with a real SMTP server (GreenMail, in this JVM) instead of the mock mailbox. */
public class RealSmtpProfile implements QuarkusTestProfile {

    static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(PORT),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED",
                // a send on a connection to a server stopped since may get no answer: fail it soon, retry anew
                "quarkus.mailer.timeout", "PT3S",
                "assises.mail.initial-backoff", "PT0.2S",
                "assises.mail.max-backoff", "PT1S",
                "assises.mail.poll-interval", "1s");
    }

    /** A new server on the profile's port; a stopped server is started again as a new one. */
    static GreenMail smtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
