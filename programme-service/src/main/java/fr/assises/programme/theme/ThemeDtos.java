package fr.assises.programme.theme;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class ThemeDtos {

    private ThemeDtos() {
    }

    public record ThemeRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lettres minuscules, chiffres et tirets") String code,
            @NotBlank @Size(max = 150) String name,
            @Size(max = 1000) String description,
            Long version) {
    }

    public record ThemeView(UUID id, UUID congressId, String code, String name, String description, long version) {

        public static ThemeView of(Theme t) {
            return new ThemeView(t.id, t.congressId, t.code, t.name, t.description, t.version);
        }
    }
}
