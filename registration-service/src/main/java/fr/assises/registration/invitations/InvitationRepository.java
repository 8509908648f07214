package fr.assises.registration.invitations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<InvitationCode, InvitationCode.Key> {

    public List<InvitationCode> of(UUID congressId) {
        return list("congressId = ?1 order by createdAt, code", congressId);
    }

    public Optional<InvitationCode> find(UUID congressId, String code) {
        return findByIdOptional(new InvitationCode.Key(congressId, code));
    }
}
