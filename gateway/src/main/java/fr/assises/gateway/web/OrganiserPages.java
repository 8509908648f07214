package fr.assises.gateway.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.BudgetClient;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The organising committee's console: the congress set-up, where registrations and the budget stand, and the
 * programme's conflicts; each panel comes from its own service and fails alone.
 */
@Path("/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class OrganiserPages {

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance congressChoice(Visitor.Page page, Panel<List<Dto.Congress>> congresses,
                String base);

        static native TemplateInstance console(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> registrations, Panel<Dto.Budget> budget, Panel<List<Dto.Conflict>> conflicts);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    BudgetClient budget;

    @GET
    public TemplateInstance choose() {
        return Templates.congressChoice(visitor.page(t("Console d'organisation", "Organisers' console")),
                Calls.panel("programme", programme::congresses), "/organisation/").setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance console(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return Templates.console(visitor.page(t("Console – ", "Console – ") + congress.title()), congress,
                Calls.panel("registration", () -> registration.availability(congress.congressId())),
                Calls.panel("budget", () -> budget.ofCongress(auth, congress.congressId())),
                Calls.panel("programme", () -> programme.conflicts(auth, congress.congressId())))
                .setLocale(visitor.locale());
    }

    private String t(String fr, String en) {
        return "en".equals(visitor.language()) ? en : fr;
    }
}
