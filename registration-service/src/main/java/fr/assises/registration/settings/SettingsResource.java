package fr.assises.registration.settings;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

@Path("/api/registration/congresses/{congressId}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    SettingsService service;

    /** Public: the registration form needs categories, fees and the information asked. */
    @GET
    @PermitAll
    public SettingsView get(@PathParam("congressId") UUID congressId) {
        return service.get(congressId);
    }

    @PUT
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public SettingsView put(@PathParam("congressId") UUID congressId, @NotNull @Valid SettingsRequest request) {
        return service.put(congressId, request);
    }
}
