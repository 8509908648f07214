package fr.assises.programme.congress;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;
import fr.assises.programme.congress.CongressDtos.PublicCongressView;

/**
 * Every edition a partner may read the dashboards of: open, closed and archived ones, newest first. The public
 * list stops at closed congresses (visitors come to register); funders compare past editions too. Drafts stay
 * hidden, as on the public API.
 */
@Path("/api/programme/editions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.ORGANISER, Roles.ADMIN })
public class EditionsResource {

    @Inject
    CongressService service;

    @GET
    public List<PublicCongressView> editions() {
        return service.listPublicEditions();
    }
}
