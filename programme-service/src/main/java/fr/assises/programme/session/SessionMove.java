package fr.assises.programme.session;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;

/**
 * A JSON merge patch (RFC 7396) moving a session: {@code start}, {@code end} and {@code roomId}, any subset.
 * Absent members keep their value; {@code "roomId": null} takes the session out of its room, while start and end
 * cannot be removed. {@code version} is the optional optimistic check, as with a PUT.
 */
public record SessionMove(OffsetDateTime start, OffsetDateTime end, boolean roomGiven, UUID roomId, Long version) {

    private static final Set<String> MEMBERS = Set.of("start", "end", "roomId", "version");

    public static SessionMove parse(ObjectMapper json, String body) {
        JsonNode patch;
        try {
            patch = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Le corps de la requête n'est pas un JSON valide.");
        }
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("Un objet JSON est attendu, par exemple {\"start\": …, \"end\": …, \"roomId\": …}.");
        }
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw ProblemException.invalidField(name,
                        "Seuls start, end et roomId se modifient ainsi ; utilisez PUT pour le reste de la séance.");
            }
        }
        return new SessionMove(time(patch, "start"), time(patch, "end"), patch.has("roomId"), room(patch),
                version(patch));
    }

    private static OffsetDateTime time(JsonNode patch, String field) {
        if (!patch.has(field)) {
            return null;
        }
        JsonNode value = patch.get(field);
        if (!value.isTextual()) {
            throw ProblemException.invalidField(field, "Date et heure obligatoires, par exemple 2027-06-24T14:00:00+02:00.");
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "Date et heure attendues, par exemple 2027-06-24T14:00:00+02:00.");
        }
    }

    private static UUID room(JsonNode patch) {
        JsonNode value = patch.get("roomId");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw badRoom();
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            throw badRoom();
        }
    }

    private static ProblemException badRoom() {
        return ProblemException.invalidField("roomId", "Identifiant de salle invalide.");
    }

    private static Long version(JsonNode patch) {
        JsonNode value = patch.get("version");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ProblemException.invalidField("version", "Numéro de version entier attendu.");
        }
        return value.asLong();
    }
}
