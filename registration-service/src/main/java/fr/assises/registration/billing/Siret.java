package fr.assises.registration.billing;

/**
 * A SIRET is 14 digits whose Luhn key is right (INSEE). La Poste's establishments share the SIREN 356000000 and
 * follow another rule (the digits' sum is a multiple of 5), which INSEE documents as the one exception.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {
    }

    /** Spaces and dots people type are left out: « 130 005 481 00010 » is 13000548100010. */
    public static String normalise(String value) {
        return value == null ? null : value.replaceAll("[\\s.\u00a0\u202f]", "");
    }

    /** Null when valid, else the reason in French. */
    public static String problem(String value) {
        String siret = normalise(value);
        if (siret == null || siret.isEmpty()) {
            return "le SIRET est obligatoire";
        }
        if (!siret.matches("\\d{14}")) {
            return "un SIRET compte 14 chiffres";
        }
        if (siret.startsWith(LA_POSTE) && !siret.equals("35600000000048")) {
            int sum = siret.chars().map(c -> c - '0').sum();
            return sum % 5 == 0 ? null : "ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres";
        }
        return luhn(siret) ? null : "ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres";
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
