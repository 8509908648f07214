package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The survey's life in Debian's Chromium at 390 px: the conditional question appears and goes as the respondent
 * answers (static/survey.js); without JavaScript the same form brings it up in a step, answers kept; the preview
 * does the same and sends nothing; the confirmation and paper pages. Every page axe-clean and no wider than a phone.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class SurveyLifeBrowserTest extends InChromium {

    private static final String SURVEY = "/enquete/" + StandInSurveyLife.CONDITIONAL_TOKEN;
    private static final String ARCHIVED = QuestionnaireBuilderTest.BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE;


    @Test
    void theConditionalQuestionAppearsAsOneAnswersAndInStepsWithoutJavaScript() {
        Page live = chromium.open(base, null, SURVEY, 390);
        assertThat(live.isVisible("#q-gare")).isFalse();
        check(live, "survey with JavaScript");
        live.check("#a_transport-TRAIN");
        live.waitForSelector("#q-gare", new Page.WaitForSelectorOptions().setTimeout(2000));
        assertThat(live.isVisible("#q-gare")).isTrue();
        assertThat(live.textContent("#survey-live")).contains("Depuis quelle gare ?");
        assertThat(live.inputValue("input[name=shown]")).isEqualTo("transport gare overall sessions");
        check(live, "survey with the conditional question shown");
        Chromium.screenshot(live, "enquete-conditionnelle-mobile");
        live.check("#a_transport-VOITURE");
        assertThat(live.isVisible("#q-gare")).isFalse();
        assertThat(live.isDisabled("#a_gare")).isTrue();

        Page stepped = chromium.open(base, null, SURVEY, 390, false);
        assertThat(stepped.isVisible("#q-gare")).isFalse();
        assertThat(stepped.textContent("main")).contains("le formulaire revient avec elles avant tout envoi");
        stepped.check("#a_transport-TRAIN");
        stepped.check("#a_overall-3");
        stepped.click("button[type=submit]");
        stepped.waitForLoadState();
        assertThat(stepped.textContent("#etape")).contains("Vos réponses font apparaître de nouvelles questions");
        assertThat(stepped.isVisible("#q-gare")).isTrue();
        assertThat(stepped.isChecked("#a_transport-TRAIN")).isTrue();
        assertThat(stepped.isChecked("#a_overall-3")).isTrue();
        chromium.assertAccessibleWithoutJavaScript(stepped, "survey step without JavaScript");
        Chromium.assertFits(stepped, "survey step without JavaScript", 390);
        stepped.fill("#a_gare", "Gare imaginaire de Belcombe");
        stepped.click("button[type=submit]");
        stepped.waitForLoadState();
        assertThat(stepped.textContent("[role=status]")).contains("Merci, vos réponses ont été enregistrées.");

        // the link opened again: what was answered, the station question with it
        Page again = chromium.open(base, null, SURVEY, 390);
        assertThat(again.isVisible("#q-gare")).isTrue();
        assertThat(again.inputValue("#a_gare")).isEqualTo("Gare imaginaire de Belcombe");
        assertThat(again.isChecked("#a_overall-3")).isTrue();
    }

    @Test
    void thePreviewConfirmationAndPaperPagesWorkOnAPhone() {
        Page preview = chromium.open(base, TestTokens.organiser(), ARCHIVED + "/apercu", 390);
        assertThat(preview.isVisible("#q-q-gare")).isFalse();
        preview.check("#a_q-train-OUI");
        assertThat(preview.isVisible("#q-q-gare")).isTrue();
        check(preview, "preview");
        Chromium.screenshot(preview, "apercu-questionnaire-mobile");
        int paper = StandInSurveyLife.PAPER.size();
        preview.click("button[type=submit]");
        preview.waitForLoadState();
        assertThat(preview.textContent("main")).contains("rien n’a été envoyé");
        assertThat(StandInSurveyLife.PAPER).hasSize(paper);

        Page typing = chromium.open(base, TestTokens.organiser(), ARCHIVED + "/papier", 390);
        check(typing, "paper entry");
        typing.check("#a_q-train-NON");
        typing.click("button[type=submit]");
        typing.waitForLoadState();
        assertThat(typing.textContent("[role=status]")).contains("Questionnaire papier enregistré");
        check(typing, "paper entry saved");

        Page questionnaire = chromium.open(base, TestTokens.organiser(), ARCHIVED, 390);
        check(questionnaire, "questionnaire with exports");
        assertThat(questionnaire.isVisible("text=Rapport (PDF)")).isTrue();

        String builder = QuestionnaireBuilderTest.draft("Enquête navigateur " + System.nanoTime());
        Page confirm = chromium.open(base, TestTokens.organiser(), builder + "/publication", 390);
        check(confirm, "publication confirmation");
        assertThat(confirm.textContent("main")).contains("seront figés");
    }

    private static void check(Page page, String name) {
        Chromium.assertAccessible(page, name);
        Chromium.assertFits(page, name, page.viewportSize().width);
    }
}
