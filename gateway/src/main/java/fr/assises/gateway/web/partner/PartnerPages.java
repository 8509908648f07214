package fr.assises.gateway.web.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.Charts;
import fr.assises.gateway.web.shared.CongressChoice;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Dashboards for funders and co-organisers: budget, evaluation, registrations; aggregated figures only. */
@Path("/partenaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"partner", "organiser", "admin"})
@Blocking
public class PartnerPages {

    @CheckedTemplate(basePath = "partner")
    static class Templates {
        static native TemplateInstance dashboard(Visitor.Page page, Dto.Congress congress,
                Dashboards.Dashboard dashboard, ChartData charts);
    }

    /** Chart.js inputs, in the page's language. */
    public record ChartData(String budget, String funders, String ratings, String workshops, String meals,
            String categories, String days) {
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    Dashboards dashboards;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @GET
    public TemplateInstance choose() {
        return CongressChoice.Templates.congressChoice(
                visitor.page(en() ? "Partner dashboards" : "Tableaux de bord des partenaires"),
                Calls.panel("programme", programme::congresses), "/partenaires/").setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance dashboard(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dashboards.Dashboard dashboard = dashboards.compose(congress.congressId());
        return Templates.dashboard(visitor.page((en() ? "Dashboards – " : "Tableaux de bord – ") + congress.title()),
                congress, dashboard, charts(dashboard)).setLocale(visitor.locale());
    }

    private ChartData charts(Dashboards.Dashboard d) {
        boolean en = en();
        String budget = null;
        String funders = null;
        if (d.budget().ok()) {
            budget = Charts.budget(d.budget().data(), en ? "Provisional" : "Prévisionnel",
                    en ? "On confirmed registrations" : "Sur inscriptions confirmées");
            funders = Charts.funders(d.budget().data(), en ? "Provisional" : "Prévisionnel",
                    en ? "Granted" : "Accordé");
        }
        String ratings = d.evaluation().ok() && d.evaluation().data().results() != null
                ? Charts.ratings(d.evaluation().data().results(), en ? "Average rating" : "Note moyenne") : null;
        String workshops = null;
        String meals = null;
        String categories = null;
        String days = null;
        if (d.registrations().ok()) {
            Dto.Availability a = d.registrations().data();
            String rate = en ? "Fill rate (%)" : "Taux de remplissage (%)";
            workshops = Charts.fill(a.workshopsOrEmpty(), rate);
            meals = Charts.fill(a.mealsOrEmpty(), rate);
            categories = Charts.categories(a, visitor.language(), en ? "Confirmed registrations" : "Inscriptions confirmées");
            days = a.daysOrEmpty().isEmpty() ? null : Charts.days(a, visitor.language(), visitor.locale());
        }
        return new ChartData(budget, funders, ratings, workshops, meals, categories, days);
    }

    private boolean en() {
        return "en".equals(visitor.language());
    }
}
