package fr.assises.evaluation.indicator;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public List<Indicator> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by position, createdAt", congressId);
    }
}
