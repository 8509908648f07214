package fr.assises.programme.attendance;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;
import fr.assises.programme.attendance.AttendanceService.AttendanceView;

/** Expected attendance and fill rates: counts only, so partners may read them too. */
@Path("/api/programme/congresses/{congressId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER })
public class AttendanceResource {

    @Inject
    AttendanceService service;

    @GET
    public AttendanceView get(@PathParam("congressId") UUID congressId) {
        return service.view(congressId);
    }
}
