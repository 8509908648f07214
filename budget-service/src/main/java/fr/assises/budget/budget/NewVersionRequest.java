package fr.assises.budget.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewVersionRequest(@NotBlank @Size(max = 200) String name) {
}
