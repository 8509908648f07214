package fr.assises.programme.events;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code fr.assises.programme.congress.cloned.v1}: a new edition was started from {@code sourceCongressId}; each
 * service copies its own chosen part, moving its dates by {@code dayShift} days. Ids and part names only.
 */
public record CongressClonedData(
        @NotNull UUID sourceCongressId,
        @NotNull UUID congressId,
        long dayShift,
        @NotNull List<String> parts,
        @PositiveOrZero long version) {
}
