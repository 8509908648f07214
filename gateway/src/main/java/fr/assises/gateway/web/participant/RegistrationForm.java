package fr.assises.gateway.web.participant;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Forms;

/** What the person typed, kept when the service refuses the form. */
public record RegistrationForm(String firstName, String lastName, String email, String organisation,
        String territoryType, String jobTitle, String statutoryCategory, String accessibilityNeeds,
        String dietaryNeeds, String category, Set<String> days, Set<String> meals, Map<String, String> workshops,
        boolean consent, CustomAnswers answers, String invitationCode, Payer payer) {

    /** Who pays, as typed: {@code PARTICIPANT} (nothing else asked) or {@code ORGANISATION} with its details. */
    public record Payer(String kind, String name, String siret, String address, String postcode, String city,
            String email, String orderNumber, String serviceCode) {

        static final Payer SELF = new Payer("PARTICIPANT", null, null, null, null, null, null, null, null);

        public boolean employer() {
            return "ORGANISATION".equals(kind);
        }

        /** What registration-service reads as {@code payer}. */
        public Map<String, Object> request() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", employer() ? "ORGANISATION" : "PARTICIPANT");
            if (employer()) {
                p.put("name", name);
                p.put("siret", siret);
                p.put("address", address);
                p.put("postcode", postcode);
                p.put("city", city);
                p.put("email", email);
                p.put("orderNumber", orderNumber);
                p.put("serviceCode", serviceCode);
            }
            return p;
        }
    }

    public boolean day(Object date) {
        return days.contains(String.valueOf(date));
    }

    public boolean meal(String sessionId) {
        return meals.contains(sessionId);
    }

    /** A session belongs to one slot only, so its id alone says whether it is ticked. */
    public boolean workshop(String sessionId) {
        return workshops.containsValue(sessionId);
    }

    public boolean noWorkshop(FormChoices.Slot slot) {
        return slot.options().stream().noneMatch(o -> workshops.containsValue(o.places().sessionId()));
    }

    /** A first registration: only the name and e-mail the login knows. */
    static RegistrationForm blank(String firstName, String lastName, String email) {
        return new RegistrationForm(firstName, lastName, email, null, null, null, null, null, null, null, Set.of(),
                Set.of(), Map.of(), false, CustomAnswers.none(), null, Payer.SELF);
    }

    /** The same form with a code applied from the link ({@code ?code=}). */
    RegistrationForm withCode(String code) {
        return new RegistrationForm(firstName, lastName, email, organisation, territoryType, jobTitle,
                statutoryCategory, accessibilityNeeds, dietaryNeeds, category, days, meals, workshops, consent, answers,
                code, payer);
    }

    /** The same choices, the consent to be given again (a registration after a cancellation). */
    RegistrationForm withoutConsent() {
        return new RegistrationForm(firstName, lastName, email, organisation, territoryType, jobTitle,
                statutoryCategory, accessibilityNeeds, dietaryNeeds, category, days, meals, workshops, false, answers,
                invitationCode, payer);
    }

    static RegistrationForm fromRegistration(Dto.Registration r, CustomAnswers answers) {
        Set<String> days = new LinkedHashSet<>();
        r.daysOrEmpty().forEach(d -> days.add(d.toString()));
        Set<String> meals = new LinkedHashSet<>();
        r.mealsOrEmpty().forEach(m -> meals.add(m.sessionId()));
        Map<String, String> workshops = new HashMap<>();
        r.workshopsOrEmpty().forEach(w -> workshops.put(w.sessionId(), w.sessionId()));
        Dto.Person p = r.personOrEmpty();
        return new RegistrationForm(p.firstName(), p.lastName(), p.email(), p.organisation(), p.territoryType(),
                p.jobTitle(), p.statutoryCategory(), p.accessibilityNeeds(), p.dietaryNeeds(), r.category(), days,
                meals, workshops, true, answers, null, Payer.SELF);
    }

    static RegistrationForm fromFields(MultivaluedMap<String, String> fields) {
        Set<String> days = new LinkedHashSet<>(fields.getOrDefault("days", List.of()));
        Set<String> meals = new LinkedHashSet<>(fields.getOrDefault("meals", List.of()));
        Map<String, String> workshops = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("workshop_") && !values.isEmpty() && !values.get(0).isBlank()) {
                workshops.put(name.substring("workshop_".length()), values.get(0));
            }
        });
        return new RegistrationForm(typed(fields, "firstName"), typed(fields, "lastName"), typed(fields, "email"),
                typed(fields, "organisation"), typed(fields, "territoryType"), typed(fields, "jobTitle"),
                typed(fields, "statutoryCategory"), typed(fields, "accessibilityNeeds"), typed(fields, "dietaryNeeds"),
                typed(fields, "category"), days, meals, workshops, fields.getFirst("consent") != null,
                CustomAnswers.fromFields(fields), typed(fields, "invitationCode"),
                new Payer("ORGANISATION".equals(fields.getFirst("payer_kind")) ? "ORGANISATION" : "PARTICIPANT",
                        typed(fields, "payer_name"), typed(fields, "payer_siret"), typed(fields, "payer_address"),
                        typed(fields, "payer_postcode"), typed(fields, "payer_city"), typed(fields, "payer_email"),
                        typed(fields, "payer_orderNumber"), typed(fields, "payer_serviceCode")));
    }

    private static String typed(MultivaluedMap<String, String> fields, String name) {
        return Forms.blankToNull(fields.getFirst(name));
    }
}
