package fr.assises.gateway.web.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Visitor;

/**
 * The registration form's error summary: each refusal named by its field's label and linked to the field, in the
 * form's order, so that "ne doit pas être vide" twice says which fields are meant.
 */
final class FormSummary {

    /** One refusal: the field's id on the page (null for a general one), its label and the service's message. */
    record Item(String anchor, String label, String message) {
    }

    /** The form's fields in their order on the page, with their French and English labels. */
    private static final List<String[]> FIELDS = List.of(
            new String[] { "invitationCode", "Code d’invitation", "Invitation code" },
            new String[] { "firstName", "Prénom", "First name" },
            new String[] { "lastName", "Nom", "Last name" },
            new String[] { "email", "Adresse électronique", "E-mail address" },
            new String[] { "organisation", "Organisme", "Organisation" },
            new String[] { "territoryType", "Type de territoire ou de structure", "Type of territory or body" },
            new String[] { "jobTitle", "Fonction", "Job title" },
            new String[] { "statutoryCategory", "Catégorie statutaire (fonction publique)", "Civil service grade" },
            new String[] { "accessibilityNeeds", "Besoins liés à un handicap ou à la mobilité",
                    "Accessibility or mobility needs" },
            new String[] { "dietaryNeeds", "Régime alimentaire ou allergies", "Diet or allergies" },
            new String[] { "category", "Catégorie et tarif", "Category and fee" },
            new String[] { "days", "Jours de présence", "Days attended" },
            new String[] { "workshops", "Ateliers", "Workshops" },
            new String[] { "meals", "Repas", "Meals" },
            new String[] { "consent", "Notice d’information", "Privacy notice" });

    private FormSummary() {
    }

    static List<Item> of(FormErrors errors, RegistrationSettingsClient.Settings custom, Visitor visitor) {
        List<Item> items = new ArrayList<>();
        Map<String, String> fields = errors.fields();
        for (String[] field : FIELDS) {
            if (fields.containsKey(field[0])) {
                items.add(new Item("f-" + field[0], visitor.t(field[1], field[2]), fields.get(field[0])));
            }
            if ("dietaryNeeds".equals(field[0])) {
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
