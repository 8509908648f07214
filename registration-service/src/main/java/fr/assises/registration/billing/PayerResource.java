package fr.assises.registration.billing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;
import fr.assises.registration.registering.MyRegistrations;

/** Who pays a registration: the committee reads and changes it (its participant reads it in MyBillingResource). */
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayerResource {

    @Inject
    Payers payers;

    @Inject
    MyRegistrations mine;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("manage/registrations/{id}/payer")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Payer.PayerView get(@PathParam("id") UUID id) {
        return payers.view(payers.requireRegistration(id));
    }

    @PUT
    @Path("manage/registrations/{id}/payer")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Payer.PayerView set(@PathParam("id") UUID id, @Valid PayerRequest request) {
        return payers.set(id, request);
    }
}
