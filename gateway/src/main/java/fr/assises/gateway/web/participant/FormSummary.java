package fr.assises.gateway.web.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.Visitor;

/**
 * The registration form's error summary: each refusal named by its field's label and linked to the field, in the
 * form's order, so that "ne doit pas être vide" twice says which fields are meant.
 */
final class FormSummary {

    /** One refusal: the field's id on the page (null for a general one), its label and the service's message. */
    record Item(String anchor, String label, String message) {
    }

    /** A field of the form and its label, from the page's words or my space's. */
    private record Field(String name, BiFunction<Msg, MySpaceMsg, String> label) {
    }

    /** The form's fields in their order on the page. */
    private static final List<Field> FIELDS = List.of(
            new Field("invitationCode", (m, me) -> me.field_code()),
            new Field("firstName", (m, me) -> m.field_firstName()),
            new Field("lastName", (m, me) -> m.field_lastName()),
            new Field("email", (m, me) -> m.field_email()),
            new Field("organisation", (m, me) -> m.field_organisation()),
            new Field("territoryType", (m, me) -> m.field_territoryType()),
            new Field("jobTitle", (m, me) -> m.field_jobTitle()),
            new Field("statutoryCategory", (m, me) -> m.field_statutoryCategory()),
            new Field("accessibilityNeeds", (m, me) -> me.data_accessibility()),
            new Field("dietaryNeeds", (m, me) -> m.field_dietaryNeeds()),
            new Field("category", (m, me) -> m.field_category()),
            new Field("days", (m, me) -> m.field_days()),
            new Field("workshops", (m, me) -> m.field_workshops()),
            new Field("meals", (m, me) -> m.field_meals()),
            new Field("consent", (m, me) -> me.field_consent_short()));

    private FormSummary() {
    }

    static List<Item> of(FormErrors errors, RegistrationSettingsClient.Settings custom, Visitor visitor) {
        List<Item> items = new ArrayList<>();
        Map<String, String> fields = errors.fields();
        Msg words = visitor.words(Msg.class);
        MySpaceMsg mine = visitor.words(MySpaceMsg.class);
        for (Field field : FIELDS) {
            if (fields.containsKey(field.name())) {
                items.add(new Item("f-" + field.name(), field.label().apply(words, mine), fields.get(field.name())));
            }
            if ("dietaryNeeds".equals(field.name())) {
                // the committee's questions come after the identity, as on the page
                for (RegistrationSettingsClient.Question q : custom.questionsOrEmpty()) {
                    if (fields.containsKey(q.id())) {
                        items.add(new Item("f-" + q.id(), q.label(visitor.language()), fields.get(q.id())));
                    }
                }
            }
        }
        fields.forEach((name, message) -> {
            boolean listed = items.stream().anyMatch(i -> ("f-" + name).equals(i.anchor()));
            if (!listed) {
                items.add(new Item(null, null, message));
            }
        });
        return items;
    }
}
