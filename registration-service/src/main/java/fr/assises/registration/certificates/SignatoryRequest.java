package fr.assises.registration.certificates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The representative who signs: name, title or role, and optionally the city of « Fait à … le … ». */
public record SignatoryRequest(
        @NotBlank(message = "indiquez le nom de la personne qui signe les attestations")
        @Size(max = 200, message = "200 caractères au plus") String name,
        @NotBlank(message = "indiquez sa fonction (par exemple « Présidente du comité d'organisation »)")
        @Size(max = 200, message = "200 caractères au plus") String title,
        @Size(max = 120, message = "120 caractères au plus") String city) {
}
