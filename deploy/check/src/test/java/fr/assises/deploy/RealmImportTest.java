package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The production realm the Keycloak operator imports is the local realm (deploy/keycloak/assises-realm.json)
 * without what is for a laptop only: same roles and gateway client, no user, no password-grant client, no secret
 * in the file, TLS required, redirect URIs on the public host only; and it is the issuer the services check.
 */
class RealmImportTest {

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theProductionRealmIsTheLocalOneWithoutItsDemoPartsAndSecrets(String overlay) throws IOException {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        JsonNode local = new ObjectMapper().readTree(Repo.root().resolve("deploy/keycloak/assises-realm.json").toFile());
        JsonNode keycloak = m.ofKind("Keycloak").get(0);
        JsonNode imported = m.ofKind("KeycloakRealmImport").get(0);
        assertThat(imported.path("spec").path("keycloakCRName").asText())
                .isEqualTo(keycloak.path("metadata").path("name").asText());
        JsonNode realm = imported.path("spec").path("realm");

        assertThat(realm.path("realm").asText()).isEqualTo(local.path("realm").asText());
        assertThat(roles(realm)).isEqualTo(roles(local));
        assertThat(realm.path("defaultRole")).isEqualTo(local.path("defaultRole"));
        assertThat(realm.path("supportedLocales")).isEqualTo(local.path("supportedLocales"));
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as("no person, only service accounts: %s", user).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(realm.path("sslRequired").asText()).isIn("external", "all");

        String issuer = ClusterConfigurationTest.overlay(overlay).named("ConfigMap", "assises-config").orElseThrow()
                .path("data").path("QUARKUS_OIDC_AUTH_SERVER_URL").asText();
        assertThat(issuer).isEqualTo(keycloak.path("spec").path("hostname").path("hostname").asText()
                + "/realms/" + realm.path("realm").asText());

        String clientId = m.named("ConfigMap", "assises-config").orElseThrow().path("data")
                .path("QUARKUS_OIDC_CLIENT_ID").asText();
        String publicHost = URI.create(m.named("ConfigMap", "assises-config").orElseThrow().path("data")
                .path("ASSISES_SURVEY_LINK_BASE").asText()).getHost();
        List<String> clients = new ArrayList<>();
        for (JsonNode c : realm.path("clients")) {
            clients.add(c.path("clientId").asText());
            assertThat(c.path("directAccessGrantsEnabled").asBoolean()).as("password grant of %s", c).isFalse();
            for (JsonNode uri : c.path("redirectUris")) {
                assertThat(uri.asText()).as("redirect URI").startsWith("https://" + publicHost + "/");
            }
            if (c.has("secret")) {
                assertThat(c.path("secret").asText()).as("client secret comes from a Secret").matches("\\$\\{\\w+}");
            }
        }
        assertThat(clients).contains(clientId);
        JsonNode gateway = null;
        for (JsonNode c : realm.path("clients")) if (c.path("clientId").asText().equals(clientId)) gateway = c;
        JsonNode localGateway = null;
        for (JsonNode c : local.path("clients")) if (c.path("clientId").asText().equals(clientId)) localGateway = c;
        assertThat(gateway.path("protocolMappers")).as("the audience the services check")
                .isEqualTo(localGateway.path("protocolMappers"));
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();

        // every ${PLACEHOLDER} in the realm is filled from a Secret whose shape is known
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(realm.toString());
        Set<String> used = new TreeSet<>();
        while (placeholder.find()) used.add(placeholder.group(1));
        for (String p : used) {
            JsonNode secret = imported.path("spec").path("placeholders").path(p).path("secret");
            assertThat(Manifests.secretKeys(secret.path("name").asText())).as("placeholder %s", p)
                    .contains(secret.path("key").asText());
        }
        // registration-service deletes erased people's accounts through its own client, a service account that may
        // manage users and nothing else, as in the local realm; its secret is the one registration-service reads
        String accounts = "assises-registration-accounts";
        JsonNode accountsClient = null;
        for (JsonNode c : realm.path("clients")) if (c.path("clientId").asText().equals(accounts)) accountsClient = c;
        assertThat(accountsClient).as("the accounts client").isNotNull();
        assertThat(accountsClient.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(accountsClient.path("standardFlowEnabled").asBoolean()).isFalse();
        JsonNode serviceAccount = null;
        for (JsonNode u : realm.path("users")) {
            if (u.path("serviceAccountClientId").asText().equals(accounts)) serviceAccount = u;
        }
        JsonNode localServiceAccount = null;
        for (JsonNode u : local.path("users")) {
            if (u.path("serviceAccountClientId").asText().equals(accounts)) localServiceAccount = u;
        }
        assertThat(serviceAccount.path("clientRoles")).isEqualTo(localServiceAccount.path("clientRoles"));
        JsonNode accountsSecret = imported.path("spec").path("placeholders")
                .path(accountsClient.path("secret").asText().replaceAll("[${}]", "")).path("secret");
        JsonNode registration = m.named("Deployment", "registration-service").orElseThrow();
        JsonNode readBy = null;
        for (JsonNode e : registration.at("/spec/template/spec/containers/0/env")) {
            if (e.path("name").asText().equals("ASSISES_ACCOUNTS_CLIENT_SECRET")) readBy = e.at("/valueFrom/secretKeyRef");
        }
        assertThat(readBy).as("registration-service reads the accounts client's secret").isNotNull();
        assertThat(readBy.path("name").asText()).isEqualTo(accountsSecret.path("name").asText());
        assertThat(readBy.path("key").asText()).isEqualTo(accountsSecret.path("key").asText());

        // the gateway's client secret and the realm's are the same Secret
        assertThat(imported.path("spec").path("placeholders")
                .path(gateway.path("secret").asText().replaceAll("[${}]", "")).path("secret").path("name").asText())
                .isEqualTo(gatewaySecretName(m));
    }

    /**
     * The cluster's realm uses the same account pages as the local one (theme, e-mail verification, password reset),
     * and its Keycloak can show them: the operator runs the image of deploy/keycloak/Containerfile, which adds that
     * theme to the Keycloak version the local stack runs, with French and English wording.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void theClusterKeycloakRunsTheThemeTheRealmNames(String overlay) throws IOException {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        JsonNode local = new ObjectMapper().readTree(Repo.root().resolve("deploy/keycloak/assises-realm.json").toFile());
        JsonNode realm = m.ofKind("KeycloakRealmImport").get(0).path("spec").path("realm");
        for (String key : List.of("loginTheme", "emailTheme", "resetPasswordAllowed", "verifyEmail", "passwordPolicy",
                "actionTokenGeneratedByUserLifespan")) {
            assertThat(realm.path(key)).as(key).isEqualTo(local.path(key));
        }
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.path("smtpServer").path("from").asText()).as("the realm's mails need a sender").isNotBlank();

        String theme = realm.path("loginTheme").asText();
        Path themes = Repo.root().resolve("deploy/keycloak/themes");
        assertThat(realm.path("emailTheme").asText()).isEqualTo(theme);
        for (String type : List.of("login", "email")) {
            assertThat(themes.resolve(theme).resolve(type).resolve("theme.properties")).isRegularFile();
            Properties fr = bundle(themes.resolve(theme).resolve(type).resolve("messages/messages_fr.properties"));
            Properties en = bundle(themes.resolve(theme).resolve(type).resolve("messages/messages_en.properties"));
            assertThat(fr.stringPropertyNames()).as("%s: every English word has its French", type)
                    .containsAll(en.stringPropertyNames());
        }

        String stack = Files.readString(Repo.root().resolve("deploy/local/stack.sh"));
        Matcher version = Pattern.compile("KC_VERSION=\\$\\{ASSISES_KEYCLOAK_VERSION:-([\\w.]+)}").matcher(stack);
        assertThat(version.find()).as("Keycloak version of the local stack").isTrue();
        String containerfile = Files.readString(Repo.root().resolve("deploy/keycloak/Containerfile"));
        assertThat(containerfile).contains("FROM quay.io/keycloak/keycloak:" + version.group(1) + "\n")
                .contains("COPY --chown=1000:0 themes/" + theme + " /opt/keycloak/themes/" + theme + "\n");
        JsonNode keycloak = m.ofKind("Keycloak").get(0).path("spec");
        assertThat(keycloak.path("image").asText())
                .isEqualTo("registry.assises.example/assises/keycloak:" + version.group(1));
        assertThat(keycloak.path("startOptimized").isBoolean() && !keycloak.path("startOptimized").asBoolean())
                .as("an image that was not built with kc.sh build starts unoptimized").isTrue();
    }

    private static Properties bundle(Path file) throws IOException {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static String gatewaySecretName(Manifests m) {
        for (JsonNode e : Manifests.container(m.deployment("gateway")).path("env")) {
            if (e.path("name").asText().equals("QUARKUS_OIDC_CREDENTIALS_SECRET")) {
                return e.path("valueFrom").path("secretKeyRef").path("name").asText();
            }
        }
        return null;
    }

    private static Set<String> roles(JsonNode realm) {
        Set<String> names = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> names.add(r.path("name").asText()));
        return names;
    }
}
