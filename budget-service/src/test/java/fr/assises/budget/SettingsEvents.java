package fr.assises.budget;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import fr.assises.budget.actuals.RegistrationEvents;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** registration-service's settings event (fees and categories), shaped as its documented example. */
public final class SettingsEvents {

    public static final String TYPE = "fr.assises.registration-settings.changed.v1";
    /** PROFESSIONNEL 180 €, ELU 120 €, ETUDIANT 40 €, as registration-service's test congress charges. */
    public static final Map<String, Long> STANDARD_FEES = fees("ELU", 12000L, "ETUDIANT", 4000L, "PROFESSIONNEL", 18000L);

    private static final Map<String, String[]> LABELS = Map.of(
            "PROFESSIONNEL", new String[] {"Professionnel", "Professional"},
            "ELU", new String[] {"Élu", "Elected official"},
            "ETUDIANT", new String[] {"Étudiant ou demandeur d'emploi", "Student or job-seeker"});

    private static KafkaCompanion companion;

    private SettingsEvents() {
    }

    public static Map<String, Long> fees(Object... codeAndCents) {
        Map<String, Long> fees = new LinkedHashMap<>();
        for (int i = 0; i < codeAndCents.length; i += 2) {
            fees.put((String) codeAndCents[i], ((Number) codeAndCents[i + 1]).longValue());
        }
        return fees;
    }

    public static Map<String, Object> data(UUID congressId, long version, Map<String, Long> fees) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("congressId", congressId.toString());
        data.put("totalCapacity", 500);
        data.put("opensAt", OffsetDateTime.parse("2027-01-15T09:00:00+01:00").toString());
        data.put("closesAt", OffsetDateTime.parse("2027-06-10T23:59:00+02:00").toString());
        List<Map<String, Object>> categories = new ArrayList<>();
        fees.forEach((code, cents) -> {
            String[] labels = LABELS.getOrDefault(code, new String[] {code, code});
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", code);
            c.put("labelFr", labels[0]);
            c.put("labelEn", labels[1]);
            c.put("feeCents", cents);
            c.put("quota", null);
            c.put("invitationOnly", false);
            categories.add(c);
        });
        data.put("categories", categories);
        data.put("version", version);
        return data;
    }

    public static ProducerRecord<String, String> record(UUID congressId, long version, Map<String, Long> fees) {
        return RegistrationEvents.record(TYPE, congressId.toString(), RegistrationEvents.write(data(congressId, version, fees)));
    }

    public static synchronized void send(ProducerRecord<String, String> record) {
        if (companion == null) {
            companion = RegistrationEvents.companion();
        }
        companion.produceStrings().fromRecords(record).awaitCompletion();
    }

    /** Sends the event and waits until the budget counts with that version of the fees. */
    public static void publishAndWait(UUID congressId, long version, Map<String, Long> fees) {
        send(record(congressId, version, fees));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            var response = Fixtures.organiser().when().get("/api/budget/congresses/" + congressId + "/registration-fees");
            return response.statusCode() == 200 && response.jsonPath().getLong("version") >= version;
        });
    }
}
