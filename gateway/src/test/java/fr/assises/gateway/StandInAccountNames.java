package fr.assises.gateway;

import java.util.Map;

/** The English names budget-service gives the accounts of its chart (Accounts.java), for the stand-ins' answers. */
final class StandInAccountNames {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("60", "Purchases"), Map.entry("604", "Services bought in"),
            Map.entry("606", "Materials and supplies"), Map.entry("61", "External services"),
            Map.entry("613", "Rentals"), Map.entry("62", "Other external services"),
            Map.entry("622", "Intermediaries' and professional fees"), Map.entry("625", "Travel and assignments"),
            Map.entry("63", "Taxes and duties"), Map.entry("64", "Staff costs"),
            Map.entry("65", "Other operating expenses"), Map.entry("66", "Financial expenses"),
            Map.entry("67", "Exceptional expenses"), Map.entry("68", "Depreciation and amortisation"),
            Map.entry("70", "Sales of goods and services"), Map.entry("706", "Services sold (registration fees)"),
            Map.entry("74", "Operating grants"), Map.entry("75", "Other operating income"),
            Map.entry("76", "Financial income"), Map.entry("77", "Exceptional income"),
            Map.entry("78", "Reversals of depreciation and provisions"),
            Map.entry("86", "Use of voluntary contributions in kind"), Map.entry("864", "Volunteer staff"),
            Map.entry("87", "Voluntary contributions in kind"), Map.entry("870", "Volunteering"));

    private StandInAccountNames() {
    }

    /** The account's English name; an account the stand-ins invent beyond the real chart keeps its French one. */
    static String en(String code, String french) {
        return EN.getOrDefault(code, french);
    }
}
