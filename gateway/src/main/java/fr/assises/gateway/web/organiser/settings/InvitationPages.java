package fr.assises.gateway.web.organiser.settings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.clients.RegistrationSettingsClient.Invitation;
import fr.assises.gateway.clients.RegistrationSettingsClient.InvitationRequest;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Visitor;
import io.smallrye.common.annotation.Blocking;

/** Invitation codes (reserved places): create, change, deactivate, and delete an unused one. */
@Path("/organisation/{slug}/parametres-inscription/invitations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class InvitationPages {

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    SettingsPage page;

    @Inject
    @RestClient
    RegistrationSettingsClient client;

    @POST
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("code-new", fields);
        return send(congress, kept, fields, "code_", Forms.blankToNull(fields.getFirst("code")), request -> {
            client.createInvitation(congress.congressId(), request);
            return SettingsPage.saved(slug, "code-added", "#codes");
        });
    }

    /** Changes a code's label, category, number of places or last day ({@code PUT …/invitations/{code}}). */
    @POST
    @Path("{code}")
    public Response change(@PathParam("slug") String slug, @PathParam("code") String code,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String key = "code-" + code;
        return send(congress, new Kept(key, fields), fields, key + "_", code, request -> {
            client.changeInvitation(congress.congressId(), code, request);
            return SettingsPage.saved(slug, "code-saved", "#codes");
        });
    }

    /**
     * Stops a code at once, used or not: it expires now (registration-service refuses an expired code), keeping its
     * uses; giving it a later last day opens it again.
     */
    @POST
    @Path("{code}/desactivation")
    public Response deactivate(@PathParam("slug") String slug, @PathParam("code") String code) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page.call(() -> {
            Invitation current = client.invitations(congress.congressId()).stream()
                    .filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new WebApplicationException(404));
            client.changeInvitation(congress.congressId(), code, new InvitationRequest(code, current.label(),
                    current.category(), current.maxUses(), OffsetDateTime.now(Formats.PARIS)));
            return SettingsPage.saved(slug, "code-deactivated", "#codes");
        }, refusal -> page.page(422, congress, page.current(congress), null, Kept.none(),
                SettingsPage.onOneKey(refusal, "code-" + code)));
    }

    /** Reads the code's form (errors on {@code prefix + field}) and sends it; refusals next to the fields. */
    private Response send(Dto.Congress congress, Kept kept, MultivaluedMap<String, String> fields, String prefix,
            String code, Function<InvitationRequest, Response> call) {
        String expires = Forms.blankToNull(fields.getFirst("expiresDate"));
        OffsetDateTime expiresAt = null;
        if (expires != null) {
            try {
                // valid until the end of that day in Paris
                expiresAt = LocalDate.parse(expires).plusDays(1).atStartOfDay(Formats.PARIS).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return page.page(422, congress, page.current(congress), null, kept, new FormErrors(
                        Map.of(prefix + "expiresAt", visitor.words(SettingsMsg.class).date_expected()),
                        null));
            }
        }
        Integer maxUses = null;
        try {
            String max = Forms.blankToNull(fields.getFirst("maxUses"));
            maxUses = max == null ? null : Integer.valueOf(max);
        } catch (NumberFormatException e) {
            return page.page(422, congress, page.current(congress), null, kept, new FormErrors(
                    Map.of(prefix + "maxUses", visitor.words(SettingsMsg.class).number_expected()),
                    null));
        }
        InvitationRequest request = new InvitationRequest(code, Forms.blankToNull(fields.getFirst("label")),
                Forms.blankToNull(fields.getFirst("category")), maxUses, expiresAt);
        return page.call(() -> call.apply(request), refusal -> page.page(422, congress, page.current(congress), null,
                kept, SettingsPage.onKeys(refusal, field -> switch (field) {
                    // a changed code's own refusal goes on its row
                    case "code" -> prefix.equals("code_") ? "code_code" : prefix.substring(0, prefix.length() - 1);
                    case "label", "category", "maxUses", "expiresAt" -> prefix + field;
                    default -> null;
                })));
    }

    @POST
    @Path("{code}/suppression")
    public Response delete(@PathParam("slug") String slug, @PathParam("code") String code) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page.call(() -> {
            client.deleteInvitation(congress.congressId(), code);
            return SettingsPage.saved(slug, "code-deleted", "#codes");
        }, refusal -> page.page(422, congress, page.current(congress), null, Kept.none(),
                SettingsPage.onOneKey(refusal, "code-" + code)));
    }
}
