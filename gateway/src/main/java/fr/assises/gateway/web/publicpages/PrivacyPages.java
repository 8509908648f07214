package fr.assises.gateway.web.publicpages;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The privacy notice the registration form's consent cites (« la notice d'information »), linked from every page's
 * footer. With {@code ?congres=slug} it gives that congress's retention period, read from its registration settings.
 */
@Path("/donnees-personnelles")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PrivacyPages {

    @CheckedTemplate(basePath = "publicpages")
    static class Templates {
        static native TemplateInstance privacy(Visitor.Page page, Dto.Congress congress, String version,
                Integer retentionDays, String erasedOn, String contact);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    RegistrationSettingsClient registration;

    /** Where people write about their data; the congress settings hold no contact of their own yet. */
    @ConfigProperty(name = "assises.gateway.privacy-contact", defaultValue = "comite@assises.example")
    String contact;

    @GET
    public TemplateInstance notice(@QueryParam("congres") String slug) {
        Dto.Congress congress = null;
        RegistrationSettingsClient.Settings settings = null;
        if (Forms.blankToNull(slug) != null) {
            congress = congresses.bySlug(slug.trim());
            try {
                settings = registration.settings(congress.congressId());
            } catch (RuntimeException e) {
                // without the settings the notice states the retention rule in general terms
            }
        }
        Integer days = settings == null ? null : settings.retentionDays();
        String erasedOn = days == null || congress == null || congress.endDate() == null ? null
                : Formats.longDate(congress.endDate().plusDays(days + 1L), visitor.locale());
        String version = settings == null ? null : settings.privacyNoticeVersion();
        return Templates.privacy(visitor.page(visitor.words(PrivacyMsg.class).title()), congress, version,
                days, erasedOn, contact).setLocale(visitor.locale());
    }
}
