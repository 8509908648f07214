package fr.assises.gateway.web.organiser.console;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.BudgetClient;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The organising committee's console: where registrations and the budget stand, the programme's conflicts and the
 * expected attendance, with links to every organiser page; each panel comes from its own service and fails alone.
 */
@Path("/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class ConsolePages {

    @CheckedTemplate(basePath = "organiser/console")
    static class Templates {
        static native TemplateInstance console(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> registrations, Panel<Dto.Budget> budget, Panel<List<Dto.Conflict>> conflicts,
                Panel<Dto.Attendance> attendance, String flash);

        /** Every edition, drafts included, with the links to create or clone one. */
        static native TemplateInstance editions(Visitor.Page page, Panel<List<Dto.Congress>> congresses, String flash);
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
    public TemplateInstance choose(@QueryParam("ok") String flash) {
        return Templates.editions(visitor.page(visitor.words(Msg.class).organiser_title()),
                Calls.panel("programme", programme::allCongresses), flash).setLocale(visitor.locale());
    }

    /** Drafts included: {@link CongressLookup} gives organisers every edition under /organisation/. */
    @GET
    @Path("{slug}")
    public TemplateInstance console(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Templates.console(visitor.page("Console – " + congress.title()), congress,
                Calls.panel("registration", () -> registration.availability(congress.congressId())),
                Calls.panel("budget", () -> budget.ofCongress(congress.congressId())),
                Calls.panel("programme", () -> programme.conflicts(congress.congressId())),
                Calls.panel("programme", () -> programme.attendance(congress.congressId())), flash)
                .setLocale(visitor.locale());
    }
}
