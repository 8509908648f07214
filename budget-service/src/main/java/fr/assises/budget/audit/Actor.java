package fr.assises.budget.audit;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who makes a change: the token's subject and, for people reading the trail, its preferred_username. */
public record Actor(String subject, String username) {

    public static Actor of(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        return new Actor(token.getSubject(), username);
    }
}
