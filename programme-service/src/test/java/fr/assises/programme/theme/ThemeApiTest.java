package fr.assises.programme.theme;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** One theme: read, edit with its version, delete only when no session carries it; 404 across congresses. */
@QuarkusTest
class ThemeApiTest {

    @Test
    void aThemeIsReadEditedWithItsVersionAndDeletedOnceUnused() {
        String congress = createCongress();
        String theme = createTheme(congress, "eau", "Eau");
        String path = BASE + "/" + congress + "/themes/" + theme;
        organiser().when().get(path).then().statusCode(200)
                .body("id", equalTo(theme)).body("congressId", equalTo(congress))
                .body("code", equalTo("eau")).body("name", equalTo("Eau")).body("version", equalTo(0));

        organiser().body(Map.of("code", "eau", "name", "Eau et milieux aquatiques", "version", 0)).when().put(path)
                .then().statusCode(200).body("name", equalTo("Eau et milieux aquatiques")).body("version", equalTo(1))
                .body("conflicts", hasSize(0));
        organiser().body(Map.of("code", "eau", "name", "Édition concurrente", "version", 0)).when().put(path)
                .then().statusCode(409).contentType("application/problem+json");
        organiser().body(Map.of("code", "Pas Un Code", "name", "Eau")).when().put(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("code"));
        organiser().body(Map.of("code", "eau")).when().put(path)
                .then().statusCode(400).body("errors.field", contains("name"));
        organiser().when().get(path).then().statusCode(200)
                .body("name", equalTo("Eau et milieux aquatiques")).body("version", equalTo(1));

        // in use by a session, even a cancelled one: 409 and the theme stays
        Map<String, Object> body = session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), null);
        body.put("themeIds", List.of(theme));
        String workshop = createSession(congress, body);
        organiser().when().delete(path).then().statusCode(409).contentType("application/problem+json");
        organiser().when().post(BASE + "/" + congress + "/sessions/" + workshop + "/cancel").then().statusCode(200);
        organiser().when().delete(path).then().statusCode(409);
        organiser().when().get(path).then().statusCode(200);

        String free = createTheme(congress, "libre", "Libre");
        organiser().when().delete(BASE + "/" + congress + "/themes/" + free).then().statusCode(200)
                .body("$", hasSize(0));
        organiser().when().get(BASE + "/" + congress + "/themes/" + free).then().statusCode(404)
                .contentType("application/problem+json");
        organiser().when().get(BASE + "/" + congress + "/themes").then().body("id", contains(theme));
    }

    @Test
    void unknownThemesAndThemesOfAnotherCongressAreNotFound() {
        String congress = createCongress();
        String other = createCongress();
        String foreign = createTheme(other, "mobilites", "Mobilités");
        Map<String, Object> edit = Map.of("code", "mobilites", "name", "Détournée");
        for (String id : List.of(foreign, UUID.randomUUID().toString())) {
            String path = BASE + "/" + congress + "/themes/" + id;
            organiser().when().get(path).then().statusCode(404).contentType("application/problem+json");
            organiser().body(edit).when().put(path).then().statusCode(404).contentType("application/problem+json");
            organiser().when().delete(path).then().statusCode(404).contentType("application/problem+json");
        }
        organiser().when().get(BASE + "/" + UUID.randomUUID() + "/themes/" + foreign).then().statusCode(404);
        organiser().when().get(BASE + "/" + other + "/themes/" + foreign).then().statusCode(200)
                .body("name", equalTo("Mobilités")).body("version", equalTo(0));
    }
}
