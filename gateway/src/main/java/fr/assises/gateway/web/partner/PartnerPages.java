package fr.assises.gateway.web.partner;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;

/**
 * Dashboards for funders and co-organisers: every edition they may read (archived ones included), then one
 * edition's budget, evaluation and registrations; aggregated figures only.
 */
@Path("/partenaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"partner", "organiser", "admin"})
@Blocking
public class PartnerPages {

    @CheckedTemplate(basePath = "partner")
    static class Templates {
        static native TemplateInstance dashboard(Visitor.Page page, Dto.Congress congress,
                Dashboards.Dashboard dashboard, ChartData charts, Integer breakEven, boolean budgetEmpty);
    }

    /**
     * Chart inputs, in the page's language; null where there is nothing to draw (the page says so in words).
     * Charges and produits are apart, each with its largest groups only.
     */
    public record ChartData(String charges, String produits, String ratings) {
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    Dashboards dashboards;

    @GET
    public TemplateInstance choose() {
        return ComparisonPages.Templates.editions(visitor.page(words().editions()), dashboards.editions(), List.of(),
                null).setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance dashboard(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dashboards.Dashboard dashboard = dashboards.compose(congress.congressId());
        Dto.Budget budget = dashboard.budget().ok() ? dashboard.budget().data() : null;
        boolean budgetEmpty = budget != null && budget.chargesOrEmpty().stream().allMatch(g -> g.provisionalCents() == 0)
                && budget.produitsOrEmpty().stream().allMatch(g -> g.provisionalCents() == 0);
        // 0 participants means the subsidies alone balance it, null that no attendance does: neither is a point to reach
        Integer breakEven = budget != null && !budgetEmpty && budget.breakEven() != null
                && budget.breakEven().participants() != null && budget.breakEven().participants() > 0
                ? budget.breakEven().participants() : null;
        return Templates.dashboard(visitor.page((en() ? "Dashboards – " : "Tableaux de bord – ") + congress.title()),
                congress, dashboard, charts(dashboard), breakEven, budgetEmpty).setLocale(visitor.locale());
    }

    private ChartData charts(Dashboards.Dashboard d) {
        PartnerMsg w = words();
        String charges = null;
        String produits = null;
        if (d.budget().ok()) {
            charges = PartnerCharts.topGroups(d.budget().data().chargesOrEmpty(), visitor.language(), w.provisional(),
                    w.others());
            produits = PartnerCharts.topGroups(d.budget().data().produitsOrEmpty(), visitor.language(), w.provisional(),
                    w.others());
        }
        String ratings = d.evaluation().ok() && d.evaluation().data().results() != null
                ? PartnerCharts.ratings(d.evaluation().data().results(), w.ratings_chart()) : null;
        return new ChartData(charges, produits, ratings);
    }

    private PartnerMsg words() {
        return MessageBundles.get(PartnerMsg.class, Localized.Literal.of(visitor.language()));
    }

    private boolean en() {
        return "en".equals(visitor.language());
    }
}
