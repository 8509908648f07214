package fr.assises.budget.fees;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.inbox.Inbox;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The projection of registration-service's fee categories, replaced whole by each newer settings event (the
 * version is checked through the inbox, so a duplicate or an older event changes nothing).
 */
@ApplicationScoped
public class RegistrationFees implements PanacheRepositoryBase<RegistrationFee, RegistrationFee.Key> {

    public static final String AGGREGATE = "registration-settings";

    @Inject
    Inbox inbox;

    /** @return true when the categories were replaced, false for a duplicate or an out-of-date event */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID congressId, long version, List<FeeSchedule.Fee> fees) {
        if (!inbox.acceptVersion(AGGREGATE, congressId.toString(), version)) {
            return false;
        }
        delete("congressId", congressId);
        flush();
        for (FeeSchedule.Fee f : fees) {
            RegistrationFee row = new RegistrationFee();
            row.congressId = congressId;
            row.code = f.code();
            row.labelFr = f.labelFr();
            row.labelEn = f.labelEn();
            row.feeCents = f.feeCents();
            row.quota = f.quota();
            persist(row);
        }
        return true;
    }

    public FeeSchedule of(UUID congressId) {
        long version = inbox.appliedVersion(AGGREGATE, congressId.toString());
        if (version < 0) {
            return FeeSchedule.unknown();
        }
        List<FeeSchedule.Fee> fees = list("congressId = ?1 order by code", congressId).stream()
                .map(f -> new FeeSchedule.Fee(f.code, f.labelFr, f.labelEn, f.feeCents, f.quota)).toList();
        return new FeeSchedule(true, version, fees);
    }
}
