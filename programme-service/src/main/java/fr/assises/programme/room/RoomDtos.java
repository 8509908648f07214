package fr.assises.programme.room;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public final class RoomDtos {

    private RoomDtos() {
    }

    public record RoomRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Positive @Max(100_000) Integer capacity,
            boolean accessible,
            Long version) {
    }

    public record RoomView(UUID id, UUID congressId, String name, int capacity, boolean accessible, long version) {

        public static RoomView of(Room r) {
            return new RoomView(r.id, r.congressId, r.name, r.capacity, r.accessible, r.version);
        }
    }
}
