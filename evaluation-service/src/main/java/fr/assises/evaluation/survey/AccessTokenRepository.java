package fr.assises.evaluation.survey;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AccessTokenRepository implements PanacheRepositoryBase<AccessToken, String> {

    /** The rank of the next link of an access. */
    public int nextSeq(UUID accessId) {
        Integer max = getEntityManager().createQuery(
                "select max(t.seq) from AccessToken t where t.accessId = ?1", Integer.class)
                .setParameter(1, accessId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Keeps the newest {@code keep} links of an access, so repeated calls do not pile up rows. */
    public void prune(UUID accessId, int keep) {
        List<AccessToken> tokens = list("accessId = ?1 order by seq desc", accessId);
        for (int i = keep; i < tokens.size(); i++) {
            delete(tokens.get(i));
        }
    }
}
