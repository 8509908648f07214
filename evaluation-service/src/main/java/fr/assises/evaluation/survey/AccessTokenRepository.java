package fr.assises.evaluation.survey;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AccessTokenRepository implements PanacheRepositoryBase<AccessToken, String> {

    /** Keeps the newest {@code keep} links of an access, so repeated calls do not pile up rows. */
    public void prune(UUID accessId, int keep) {
        List<AccessToken> tokens = list("accessId = ?1 order by issuedAt desc", accessId);
        for (int i = keep; i < tokens.size(); i++) {
            delete(tokens.get(i));
        }
    }
}
