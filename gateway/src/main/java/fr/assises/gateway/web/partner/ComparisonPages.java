package fr.assises.gateway.web.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.context.ManagedExecutor;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Editions compared for funders: {@code /partenaires/comparaison?editions=congres-2025,congres-2027} (or the
 * editions ticked on the list, sent as repeated {@code editions}); registrations, budget and satisfaction side by
 * side, from the same aggregated answers as the dashboards.
 */
@Path("/partenaires/comparaison")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"partner", "organiser", "admin"})
@Blocking
public class ComparisonPages {

    static final int MAX_EDITIONS = 5;

    @CheckedTemplate(basePath = "partner")
    static class Templates {
        static native TemplateInstance comparison(Visitor.Page page, Comparison comparison);

        static native TemplateInstance editions(Visitor.Page page, Panel<List<Dto.Congress>> editions,
                List<String> chosen, String error);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    Dashboards dashboards;

    @Inject
    ManagedExecutor executor;

    @GET
    public Response compare(@QueryParam("editions") List<String> editions) {
        List<String> slugs = slugs(editions);
        PartnerMsg words = visitor.words(PartnerMsg.class);
        String refusal = slugs.size() < 2 ? words.compare_two()
                : slugs.size() > MAX_EDITIONS ? words.compare_max(MAX_EDITIONS) : null;
        List<Dto.Congress> found = new ArrayList<>();
        if (refusal == null) {
            for (String slug : slugs) {
                try {
                    found.add(congresses.bySlug(slug));
                } catch (NotFoundException e) {
                    refusal = words.compare_unknown(slug);
                    break;
                }
            }
        }
        if (refusal != null) {
            return Forms.html(422, Templates.editions(visitor.page(words.compare()), dashboards.editions(), slugs,
                    refusal).setLocale(visitor.locale()));
        }
        // oldest first: the figures read as a progression from one edition to the next
        found.sort(java.util.Comparator.comparing(Dto.Congress::startDate,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        List<CompletableFuture<Dashboards.Dashboard>> futures = found.stream()
                .map(c -> executor.supplyAsync(() -> dashboards.compose(c.congressId()))).toList();
        List<Dashboards.Dashboard> composed = new ArrayList<>();
        for (CompletableFuture<Dashboards.Dashboard> f : futures) {
            composed.add(await(f));
        }
        Comparison comparison = Comparison.of(found, composed, words, visitor.locale());
        return Response.ok(Templates.comparison(visitor.page(words.comparison_title()), comparison)
                .setLocale(visitor.locale())).build();
    }

    /** The slugs asked for, in order, each once: {@code a,b} and repeated parameters alike. */
    static List<String> slugs(List<String> editions) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : editions == null ? List.<String>of() : editions) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(slugs::add);
        }
        return new ArrayList<>(slugs);
    }

    private static Dashboards.Dashboard await(CompletableFuture<Dashboards.Dashboard> future) {
        try {
            return future.get(8, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down();
        } catch (Exception e) {
            return down();
        }
    }

    private static Dashboards.Dashboard down() {
        return new Dashboards.Dashboard(Panel.unavailable("budget"), Panel.unavailable("evaluation"),
                Panel.unavailable("registration"), Panel.unavailable("registration"));
    }
}
