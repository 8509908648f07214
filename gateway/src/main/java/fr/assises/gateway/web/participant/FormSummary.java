package fr.assises.gateway.web.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.organiser.billing.BillMsg;
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

    /** The bundles the form's labels come from: the page's, my space's and billing's (the payer's fields). */
    private record Words(Msg m, MySpaceMsg me, BillMsg bill) {
    }

    /** A field of the form and its label. */
    private record Field(String name, Function<Words, String> label) {
    }

    /** The form's fields in their order on the page. */
    private static final List<Field> FIELDS = List.of(
            new Field("invitationCode", w -> w.me().field_code()),
            new Field("firstName", w -> w.m().field_firstName()),
            new Field("lastName", w -> w.m().field_lastName()),
            new Field("email", w -> w.m().field_email()),
            new Field("organisation", w -> w.m().field_organisation()),
            new Field("territoryType", w -> w.m().field_territoryType()),
            new Field("jobTitle", w -> w.m().field_jobTitle()),
            new Field("statutoryCategory", w -> w.m().field_statutoryCategory()),
            new Field("accessibilityNeeds", w -> w.me().data_accessibility()),
            new Field("dietaryNeeds", w -> w.m().field_dietaryNeeds()),
            new Field("category", w -> w.m().field_category()),
            new Field("days", w -> w.m().field_days()),
            new Field("workshops", w -> w.m().field_workshops()),
            new Field("meals", w -> w.m().field_meals()),
            new Field("payer_name", w -> w.bill().payer_name()),
            new Field("payer_siret", w -> w.bill().payer_siret()),
            new Field("payer_address", w -> w.bill().payer_address()),
            new Field("payer_postcode", w -> w.bill().payer_postcode()),
            new Field("payer_city", w -> w.bill().payer_city()),
            new Field("payer_email", w -> w.bill().payer_email()),
            new Field("payer_orderNumber", w -> w.bill().payer_order()),
            new Field("payer_serviceCode", w -> w.bill().payer_service()),
            new Field("consent", w -> w.me().field_consent_short()));

    private FormSummary() {
    }

    static List<Item> of(FormErrors errors, RegistrationSettingsClient.Settings custom, Visitor visitor) {
        List<Item> items = new ArrayList<>();
        Map<String, String> fields = errors.fields();
        Words words = new Words(visitor.words(Msg.class), visitor.words(MySpaceMsg.class), visitor.words(BillMsg.class));
        for (Field field : FIELDS) {
            if (fields.containsKey(field.name())) {
                items.add(new Item("f-" + field.name(), field.label().apply(words), fields.get(field.name())));
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
