package fr.assises.gateway.web.organiser.programme;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** programme-service's authoring shapes (SpeakerView, ThemeView, releases and their changelog, room advice). */
public final class Authoring {

    private Authoring() {
    }

    /** A speaker as organisers see them, contact details included (SpeakerView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String id, String name, String organisation, String role, String bio, boolean publicConsent,
            String email, String phone, long version) {
    }

    public record SpeakerRequest(String name, String organisation, String role, String bio, boolean publicConsent,
            String email, String phone, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Theme(String id, String code, String name, String description, long version) {
    }

    public record ThemeRequest(String code, String name, String description, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String sessionId, String kind, String title, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Changelog(List<Entry> added, List<Entry> moved, List<Entry> changed, List<Entry> cancelled) {

        public int size() {
            return count(added) + count(moved) + count(changed) + count(cancelled);
        }

        public boolean isEmpty() {
            return size() == 0;
        }

        private static int count(List<Entry> list) {
            return list == null ? 0 : list.size();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Release(int number, OffsetDateTime publishedAt, int sessionCount, Changelog changelog) {

        /** The release this one's changelog is measured against. */
        public int previous() {
            return number - 1;
        }
    }

    /** What publishing now would record ({@code since} is null before the first release). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preview(Integer since, int number, int sessionCount, Changelog changelog,
            List<fr.assises.gateway.clients.Dto.Conflict> blocking) {

        public boolean blocked() {
            return blocking != null && !blocking.isEmpty();
        }
    }

    /** A room change programme-service advises from the attendance (RoomSwap). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoomSwap(String sessionId, String title, String roomName, String suggestedRoomId,
            String suggestedRoomName, String swapWithSessionId, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Advice(List<RoomSwap> roomSwaps) {

        public List<RoomSwap> swaps() {
            return roomSwaps == null ? List.of() : roomSwaps;
        }
    }

    public record ApplySwap(String sessionId, String suggestedRoomId) {
    }
}
