package fr.assises.registration.settings;

/** Which personal information the form asks for; null means OPTIONAL. */
public record InformationAsked(FieldMode organisation, FieldMode territoryType, FieldMode jobTitle,
        FieldMode statutoryCategory, FieldMode accessibilityNeeds, FieldMode dietaryNeeds) {

    public static InformationAsked defaults() {
        return new InformationAsked(FieldMode.REQUIRED, FieldMode.REQUIRED, FieldMode.OPTIONAL, FieldMode.OPTIONAL,
                FieldMode.OPTIONAL, FieldMode.OPTIONAL);
    }

    public InformationAsked normalised() {
        return new InformationAsked(or(organisation), or(territoryType), or(jobTitle), or(statutoryCategory),
                or(accessibilityNeeds), or(dietaryNeeds));
    }

    private static FieldMode or(FieldMode mode) {
        return mode == null ? FieldMode.OPTIONAL : mode;
    }
}
