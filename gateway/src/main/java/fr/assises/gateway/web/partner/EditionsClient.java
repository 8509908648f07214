package fr.assises.gateway.web.partner;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.assises.gateway.clients.CallerToken;
import fr.assises.gateway.clients.Dto;

/** programme-service's list of the editions partners may read (EditionsResource), archived ones included. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "programme")
@Path("/api/programme")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface EditionsClient {

    @GET
    @Path("/editions")
    List<Dto.Congress> editions();
}
