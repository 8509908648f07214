package fr.assises.gateway.web.organiser.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import fr.assises.gateway.web.shared.Visitor;

/**
 * Tells budget-service the page's language (Accept-Language), so the calculations it writes in words ("300 × 180,00 €
 * …") come in the language of the page rather than always in French.
 */
@ApplicationScoped
public class BudgetLanguage implements ClientRequestFilter {

    @Inject
    Visitor visitor;

    @Override
    public void filter(ClientRequestContext request) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, visitor.language());
        }
    }
}
