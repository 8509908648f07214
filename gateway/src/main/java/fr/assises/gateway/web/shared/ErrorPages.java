package fr.assises.gateway.web.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.assises.common.problem.ProblemType;
import fr.assises.gateway.protection.Problems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;

/** Error pages in the interface's language, with the right status. */
public class ErrorPages {

    @CheckedTemplate(basePath = "shared")
    static class Templates {
        static native TemplateInstance error(Visitor.Page page, int status, String service);
    }

    @Inject
    Visitor visitor;

    @Inject
    CurrentVertxRequest current;

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        return render(503, e.service(), visitor.words(Msg.class).unavailable_title());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        String path = current.getCurrent().request().path();
        String accept = current.getCurrent().request().getHeader("Accept");
        if (path.startsWith("/api/") || path.startsWith("/q/") || accept == null || !accept.contains("text/html")) {
            String problem = Problems.of(ProblemType.NOT_FOUND, "Aucune page ni API ne correspond à cette adresse.",
                    path).encode();
            return Response.status(404).type("application/problem+json").entity(problem).build();
        }
        return render(404, null, visitor.words(Msg.class).not_found());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return render(403, null, visitor.words(Msg.class).forbidden_title());
    }

    private Response render(int status, String service, String title) {
        // an unknown address is answered on the event loop, where the (lazy) identity cannot be resolved
        Visitor.Page page = Context.isOnEventLoopThread() ? visitor.anonymousPage(title) : visitor.page(title);
        String html = Templates.error(page, status, service).setLocale(visitor.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
