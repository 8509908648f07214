package fr.assises.gateway.web.organiser.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.clients.RegistrationSettingsClient.Settings;
import fr.assises.gateway.clients.RegistrationSettingsClient.SettingsRequest;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Registration settings of a congress: dates, capacity, categories with fees, quotas, colours and invitation-only,
 * information asked, delays (sent whole, {@code PUT …/settings}). Questions and codes: {@link QuestionPages},
 * {@link InvitationPages}.
 */
@Path("/organisation/{slug}/parametres-inscription")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class SettingsPages {

    private static final Pattern CATEGORY_FIELD = Pattern.compile("categories\\[(\\d+)]\\.?(\\w*)");

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    SettingsPage page;

    @Inject
    @RestClient
    RegistrationSettingsClient client;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page.render(congress, page.current(congress), null, Kept.none(), FormErrors.none(), flash);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Settings settings = page.current(congress);
        SettingsForm form = SettingsForm.typed(fields);
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<Integer> sentRows = new ArrayList<>();
        SettingsRequest request = form.request(unreadable, sentRows, visitor.words(SettingsMsg.class));
        if (!unreadable.isEmpty()) {
            return page.page(422, congress, settings, form, Kept.none(), new FormErrors(unreadable, null));
        }
        return page.call(() -> {
            client.saveSettings(congress.congressId(), request);
            return SettingsPage.saved(slug, "saved", "");
        }, refusal -> page.page(422, congress, settings, form, Kept.none(),
                SettingsPage.onKeys(refusal, field -> key(field, sentRows))));
    }

    /** The form field showing the service's refusal of {@code field} ({@code categories[1].quota} → its line). */
    static String key(String field, List<Integer> sentRows) {
        Matcher category = CATEGORY_FIELD.matcher(field);
        if (category.matches()) {
            int sent = Integer.parseInt(category.group(1));
            int row = sent < sentRows.size() ? sentRows.get(sent) : 0;
            String member = switch (category.group(2)) {
                case "feeCents" -> "fee";
                case "" -> "code";
                default -> category.group(2);
            };
            return "cat" + row + "_" + member;
        }
        if (field.equals("categories")) {
            return "cat0_code";
        }
        if (field.startsWith("information.")) {
            return "info_" + field.substring("information.".length());
        }
        return switch (field) {
            case "opensAt", "closesAt", "freezeAt", "totalCapacity", "offerHours", "retentionDays",
                    "reminderDaysBefore", "privacyNoticeVersion" -> field;
            default -> null;
        };
    }
}
