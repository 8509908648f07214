package fr.assises.gateway.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;

/** Finds a congress by its slug through programme-service's public API; every congress page needs it. */
@ApplicationScoped
public class CongressLookup {

    @Inject
    @RestClient
    ProgrammeClient programme;

    public Dto.Congress bySlug(String slug) {
        try {
            return programme.congress(slug);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }
}
