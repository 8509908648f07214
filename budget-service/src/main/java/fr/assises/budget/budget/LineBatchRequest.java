package fr.assises.budget.budget;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Several line changes saved together or not at all: each change adds a line ({@code lineId} absent), replaces one
 * ({@code lineId} and {@code line}) or deletes one ({@code lineId} and {@code delete: true}).
 */
public record LineBatchRequest(@NotNull @Size(max = 500) List<@Valid @NotNull Change> changes) {

    public record Change(UUID lineId, Boolean delete, @Valid LineRequest line) {

        boolean deletes() {
            return Boolean.TRUE.equals(delete);
        }
    }
}
