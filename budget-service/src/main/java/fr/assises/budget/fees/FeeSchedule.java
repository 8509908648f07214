package fr.assises.budget.fees;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fee categories registration-service charges for one congress; {@code known} is false until its first
 * settings event reached the budget (then every fee counts as 0 and the budget says so).
 */
public record FeeSchedule(boolean known, long version, List<Fee> fees) {

    public record Fee(String code, String labelFr, String labelEn, long feeCents, Integer quota) {
    }

    public static FeeSchedule unknown() {
        return new FeeSchedule(false, 0, List.of());
    }

    public Optional<Fee> fee(String code) {
        return fees.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Map<String, Fee> byCode() {
        Map<String, Fee> map = new LinkedHashMap<>();
        fees.forEach(f -> map.put(f.code(), f));
        return map;
    }
}
