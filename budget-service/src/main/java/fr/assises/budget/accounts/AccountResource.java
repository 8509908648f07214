package fr.assises.budget.accounts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

@Path("/api/budget/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public List<Account> list() {
        return Accounts.all();
    }
}
