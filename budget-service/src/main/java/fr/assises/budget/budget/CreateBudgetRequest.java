package fr.assises.budget.budget;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A congress's budget, created with its first named version. */
public record CreateBudgetRequest(@NotNull UUID congressId, @NotBlank @Size(max = 200) String versionName,
        @Valid HypothesesRequest hypotheses) {
}
