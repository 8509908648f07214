package fr.assises.budget.accounts;

/**
 * One account of the reference chart, named in French (the form's words) and in English; {@code group} is its
 * two-digit heading (60, 61, … 87).
 */
public record Account(String code, String label, String labelEn, String group, Side side) {

    public boolean isSubsidy() {
        return "74".equals(group);
    }

    public boolean isRegistrationRevenue() {
        return "70".equals(group);
    }
}
