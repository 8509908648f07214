package fr.assises.gateway.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Finds a congress by its slug through programme-service's public API; every congress page needs it. Under
 * {@code /organisation/} an organiser also reaches the drafts (programme-service's organiser list): the committee
 * prepares a draft edition with the same pages, while public, participant and partner pages never see one.
 */
@ApplicationScoped
public class CongressLookup {

    public static final String ORGANISER_AREA = "/organisation/";

    @Inject
    @RestClient
    ProgrammeClient programme;

    @Inject
    Visitor visitor;

    @Inject
    CurrentVertxRequest current;

    public Dto.Congress bySlug(String slug) {
        try {
            return programme.congress(slug);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                if (organiserArea()) {
                    return forOrganiser(slug);
                }
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    /** Any edition, drafts included, from the organisers' list (organisers and admins only). */
    public Dto.Congress forOrganiser(String slug) {
        try {
            return programme.allCongresses().stream().filter(c -> slug.equals(c.slug())).findFirst()
                    .orElseThrow(NotFoundException::new);
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private boolean organiserArea() {
        return current.getCurrent() != null && current.getCurrent().request().path().startsWith(ORGANISER_AREA)
                && (visitor.hasRole("organiser") || visitor.hasRole("admin"));
    }
}
