package fr.assises.gateway.web.organiser.registrations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The organisers' search of the registrations, 50 a page, with the exports (through the API proxy) it filters. */
@Path("/organisation/{slug}/inscriptions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class RegistrationListPages {

    @CheckedTemplate(basePath = "organiser/registrations")
    static class Templates {
        static native TemplateInstance registrations(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.RegistrationPage> rows, Panel<Dto.Availability> availability, Search search);
    }

    /** The organisers' search as typed, kept in the form and in the export and paging links. */
    public record Search(String q, String status, String category, int page) {

        /** The filters as a query string (no page), for the export links. */
        public String filters() {
            StringBuilder query = new StringBuilder();
            append(query, "status", status);
            append(query, "category", category);
            return query.toString();
        }

        /** The filters and the typed text as a query string, for the participant exports (they search alike). */
        public String exportFilters() {
            StringBuilder query = new StringBuilder(filters());
            append(query, "q", q);
            return query.toString();
        }

        /** The query string of another page of the same search. */
        public String pageQuery(int other) {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "status", status);
            append(query, "category", category);
            append(query, "page", String.valueOf(other));
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    static final int PAGE_SIZE = 50;

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    RegistrationClient registration;

    @GET
    public TemplateInstance registrations(@PathParam("slug") String slug, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page) {
        Dto.Congress congress = congresses.bySlug(slug);
        Search search = new Search(Forms.blankToNull(q), Forms.blankToNull(status), Forms.blankToNull(category),
                Math.max(0, page));
        Panel<Dto.RegistrationPage> rows = Calls.panel("registration", () -> registration.search(congress.congressId(), search.q(), search.status(), search.category(), search.page(), PAGE_SIZE));
        return Templates.registrations(visitor.page(visitor.t("Inscriptions – ", "Registrations – ")
                + congress.title()), congress, rows,
                Calls.panel("registration", () -> registration.availability(congress.congressId())), search)
                .setLocale(visitor.locale());
    }
}
