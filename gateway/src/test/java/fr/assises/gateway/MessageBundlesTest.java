package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.assises.gateway.web.organiser.budget.BudgetMsg;
import fr.assises.gateway.web.organiser.indicators.IndicatorMsg;
import fr.assises.gateway.web.organiser.mailings.MailingMsg;
import fr.assises.gateway.web.organiser.registrations.DeskMsg;
import fr.assises.gateway.web.organiser.editions.EditionsMsg;
import fr.assises.gateway.web.organiser.programme.AuthoringMsg;
import fr.assises.gateway.web.organiser.questionnaires.QuestionnaireMsg;
import fr.assises.gateway.web.participant.ClaimMsg;
import fr.assises.gateway.web.partner.PartnerMsg;
import fr.assises.gateway.web.organiser.settings.SettingsMsg;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.SecurityMsg;
import fr.assises.gateway.web.survey.SurveyMsg;
import io.quarkus.qute.i18n.Message;

/**
 * Quarkus 3.31 generates a bundle's resolver in chunks of 300 messages; past 300 the chunked resolver fails bytecode
 * verification when the application starts, and at exactly 301 one message is silently lost. Each bundle stays
 * under that size: add a bundle rather than growing one past it.
 */
class MessageBundlesTest {

    @Test
    void everyBundleStaysUnderTheGeneratedResolversChunkSize() {
        for (Class<?> bundle : new Class<?>[] { Msg.class, QuestionnaireMsg.class, AuthoringMsg.class,
                SettingsMsg.class, EditionsMsg.class, ClaimMsg.class, SurveyMsg.class, BudgetMsg.class, SecurityMsg.class,
                DeskMsg.class, MailingMsg.class, IndicatorMsg.class, PartnerMsg.class }) {
            long messages = Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                    .map(Method::getName).count();
            assertThat(messages).as(bundle.getSimpleName() + " messages").isLessThanOrEqualTo(300);
        }
    }
}
