package fr.assises.evaluation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.assises.evaluation.results.ResultsDtos.CategoryRate;
import fr.assises.evaluation.results.ResultsDtos.ChannelCounts;
import fr.assises.evaluation.results.ResultsDtos.Count;
import fr.assises.evaluation.results.ResultsDtos.QuestionResult;
import fr.assises.evaluation.results.ResultsDtos.Results;
import fr.assises.evaluation.results.ResultsDtos.SessionRating;

/** The report's layout and wording, from results built here (no application needed). */
class PdfReportTest {

    private static final String TITLE = "Enquête de satisfaction des Assises nationales du développement territorial "
            + "– édition fictive de Saint-Étienne-de-Łukasz-Nguyễn, deuxième et dernière journée";
    private static final String SESSION = "Atelier 1 – mutualiser l'ingénierie territoriale entre intercommunalités "
            + "rurales et métropoles : retours d'expériences et outils partagés";

    private static Results results(int responses, long checkedIn, BigDecimal rate) {
        QuestionResult likert = new QuestionResult("overall", "LIKERT", "Globalement, êtes-vous satisfait ?", false,
                responses, false, List.of(new Count("4", "Très satisfaisant", 250, false),
                        new Count("3", "Plutôt satisfaisant", 50, false)), new BigDecimal("3.83"), null, null, null,
                null, null);
        QuestionResult sessions = new QuestionResult("sessions", "SESSION_RATING", "Notez les séances", false,
                responses, false, null, null, null, null, null, null,
                List.of(new SessionRating(UUID.randomUUID(), SESSION, "WORKSHOP", 1200, false, new BigDecimal("8.88"),
                        null)));
        return new Results(UUID.randomUUID(), UUID.randomUUID(), TITLE, "CLOSED", 5, 5, responses, 0, checkedIn, 0,
                rate, new ChannelCounts(responses - 10, 10), null,
                List.of(new CategoryRate("ELU", "Élu", "Elected official", 120, 100, new BigDecimal("83.3"), false)),
                List.of(likert, sessions));
    }

    @Test
    void titlesAndSessionNamesWrapWholeWithFrenchFiguresAndPageNumbers() throws IOException {
        byte[] pdf = PdfReport.render(results(1300, 1500, new BigDecimal("86.7")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            // typeset as printed: typographic apostrophes, a no-break space before the colon
            assertThat(flat).contains(TITLE, SESSION.replace('\'', '’').replace(" :", "\u00a0:"));
            assertThat(flat).contains("1\u202f300 réponses publiées pour 1\u202f500 participants présents\u00a0: taux de "
                    + "réponse 86,7\u202f%", "Élu\u00a0: 100 réponses sur 120 présents (83,3\u202f%)", "moyenne 3,83",
                    "8,88 (1\u202f200 notes)", "Page 1 sur 1")
                    .doesNotContain("...", "…", "8.88", "3.83", "ELU");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport de résultats – " + TITLE);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void unknownAttendanceIsSaidInWordsInsteadOfZeroParticipants() {
        assertThat(PdfReport.participation(results(300, 0, null)))
                .isEqualTo("300 réponses publiées ; le nombre de participants présents n’est pas connu (aucun "
                        + "émargement enregistré), le taux de réponse ne peut donc pas être calculé.")
                .doesNotContain("0 participants");
        assertThat(PdfReport.participation(results(1, 1, new BigDecimal("100.0"))))
                .isEqualTo("1 réponse publiée pour 1 participant présent : taux de réponse 100\u202f%.");
        assertThat(PdfReport.participation(results(0, 0, null))).startsWith("Aucune réponse publiée ; ");
    }
}
