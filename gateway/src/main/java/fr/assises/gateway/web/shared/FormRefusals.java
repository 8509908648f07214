package fr.assises.gateway.web.shared;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.assises.common.problem.ProblemType;
import fr.assises.gateway.protection.Problems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

/**
 * quarkus-rest-csrf refuses a form whose token is missing or does not match its cookie with a bare 400, before the
 * page runs (so nothing is changed). The refusal becomes a 403: a page in the visitor's language saying what to do,
 * or problem+json for a client that does not ask for HTML.
 */
public class FormRefusals {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @CheckedTemplate(basePath = "shared")
    static class Templates {
        static native TemplateInstance formRefused(Visitor.Page page);
    }

    @Inject
    Visitor visitor;

    @Inject
    CurrentVertxRequest current;

    @ServerResponseFilter
    public void refuse(ContainerRequestContext request, ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        // a form whose token matched carries the mark; any other unsafe request answered 400 was stopped by the check
        if (response.getStatus() != 400 || SAFE.contains(request.getMethod()) || rc.get(FormTokens.VERIFIED_KEY) != null) {
            return;
        }
        response.setStatus(403);
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML)) {
            String title = visitor.words(SecurityMsg.class).form_refused_title();
            Visitor.Page page = Context.isOnEventLoopThread() ? visitor.anonymousPage(title) : visitor.page(title);
            String html = Templates.formRefused(page).setLocale(visitor.locale()).render();
            response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            String problem = Problems.of(ProblemType.FORBIDDEN, "Le jeton anti-CSRF du formulaire (champ csrf-token, "
                    + "égal au cookie csrf-token de la page) manque ou ne correspond pas\u00a0: rien n'a été modifié.",
                    rc.request().path()).encode();
            response.setEntity(problem, null, MediaType.valueOf(Problems.MEDIA_TYPE));
        }
    }
}
