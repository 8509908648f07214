package fr.assises.gateway;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.assises.common.problem.ProblemType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * budget-service's editor operations on the demo budget (the same object the dashboards read): the chart of
 * accounts, the all-or-nothing batch of line changes (PUT …/lines, refusals named {@code changes[i]…} and nothing
 * changed), submission of a balanced version, next version, diff, funders. Lines are computed as budget-service
 * does for the drivers used here (fixed, per participant on 500, per day on 2 days × 12 rooms), formula included.
 */
final class StandInBudget {

    static final String BUDGET_ID = "b0d9e700-0000-4000-8000-000000000001";
    private static final int PARTICIPANTS = 500;
    private static final int DAYS = 2;
    private static final int ROOMS = 12;
    private static final Map<String, String[]> ACCOUNTS = new java.util.LinkedHashMap<>();

    static {
        account("60", "Achats", "60", "CHARGES");
        account("604", "Prestations de services", "60", "CHARGES");
        account("606", "Achats matières et fournitures", "60", "CHARGES");
        account("61", "Services extérieurs", "61", "CHARGES");
        account("613", "Locations", "61", "CHARGES");
        account("62", "Autres services extérieurs", "62", "CHARGES");
        account("622", "Rémunérations intermédiaires et honoraires", "62", "CHARGES");
        account("625", "Déplacements, missions", "62", "CHARGES");
        account("70", "Vente de produits finis, de marchandises, prestations de services", "70", "PRODUITS");
        account("706", "Prestations de services (droits d'inscription)", "70", "PRODUITS");
        account("74", "Subventions d'exploitation", "74", "PRODUITS");
        account("75", "Autres produits de gestion courante", "75", "PRODUITS");
        account("86", "Emplois des contributions volontaires en nature", "86", "IN_KIND_USES");
        account("864", "Personnel bénévole", "86", "IN_KIND_USES");
        account("87", "Contributions volontaires en nature", "87", "IN_KIND_CONTRIBUTIONS");
        account("870", "Bénévolat", "87", "IN_KIND_CONTRIBUTIONS");
    }

    private final JsonObject budget;
    private final List<JsonObject> versions = new ArrayList<>();

    StandInBudget(JsonObject budget) {
        this.budget = budget;
        budget.put("inKindUses", new JsonArray()).put("inKindContributions", new JsonArray())
                .put("hypotheses", new JsonObject().put("participants", PARTICIPANTS).put("days", DAYS).put("halfDays", 4)
                        .put("rooms", ROOMS).put("speakers", 40).put("categories", new JsonArray()).put("meals", new JsonArray())
                        .put("scenarios", new JsonArray()));
        recompute();
        versions.add(budget.copy().put("versionNumber", 1).put("versionName", "Première estimation")
                .put("status", "SUBMITTED").put("submittedAt", "2026-11-02T09:30:00Z"));
    }

    private static void account(String code, String label, String group, String side) {
        ACCOUNTS.put(code, new String[] {label, group, side});
    }

    void register(Router router) {
        router.get("/api/budget/accounts").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                JsonArray all = new JsonArray();
                ACCOUNTS.forEach((code, a) -> all.add(new JsonObject().put("code", code).put("label", a[0])
                        .put("labelEn", StandInAccountNames.en(code, a[0])).put("group", a[1]).put("side", a[2])));
                StandInServices.json(rc, all);
            }
        });
        router.put("/api/budget/budgets/:bid/lines").handler(this::saveLines);
        router.post("/api/budget/budgets/:bid/submit").handler(this::submit);
        router.get("/api/budget/budgets/:bid/versions").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, summaries());
            }
        });
        router.post("/api/budget/budgets/:bid/versions").handler(this::nextVersion);
        router.get("/api/budget/budgets/:bid/diff").handler(this::diff);
        router.put("/api/budget/budgets/:bid/hypotheses").handler(this::hypotheses);
        router.get("/api/budget/budgets/:bid/scenarios").handler(this::scenarios);
        router.get("/api/budget/budgets/:bid/funders").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, budget.getJsonArray("funders"));
            }
        });
        router.post("/api/budget/budgets/:bid/funders").handler(rc -> saveFunder(rc, null));
        router.put("/api/budget/budgets/:bid/funders/:fid").handler(rc -> saveFunder(rc, rc.pathParam("fid")));
        router.delete("/api/budget/budgets/:bid/funders/:fid").handler(this::deleteFunder);
    }

    /** Version 1 was submitted earlier with the demo's first lines (the demo budget is version 2). */
    private JsonArray summaries() {
        JsonArray all = new JsonArray();
        for (JsonObject v : versions) {
            all.add(summary(v, false));
        }
        all.add(summary(budget, true));
        return all;
    }

    private static JsonObject summary(JsonObject v, boolean current) {
        JsonObject totals = v.getJsonObject("totals");
        return new JsonObject().put("number", v.getInteger("versionNumber")).put("name", v.getString("versionName"))
                .put("status", v.getString("status")).put("current", current).put("createdAt", "2026-11-01T08:00:00Z")
                .put("submittedAt", v.getString("submittedAt")).put("totalChargesCents", totals.getLong("totalChargesCents"))
                .put("totalProduitsCents", totals.getLong("totalProduitsCents")).put("balanceCents", totals.getLong("balanceCents"));
    }

    private synchronized void submit(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        long balance = budget.getJsonObject("totals").getLong("balanceCents");
        if ("SUBMITTED".equals(budget.getString("status"))) {
            problem(rc, 409, "La version " + budget.getInteger("versionNumber") + " a été soumise : elle est figée.", null);
        } else if (balance != 0) {
            problem(rc, 422, "Le budget n'est pas équilibré : produits − charges = " + euros(balance)
                    + " ; il doit être nul pour être soumis", null);
        } else {
            budget.put("status", "SUBMITTED").put("submittedAt", "2026-12-06T18:00:00Z");
            StandInServices.json(rc, budget);
        }
    }

    private synchronized void nextVersion(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        String name = rc.body().asJsonObject().getString("name", "");
        if (name.isBlank()) {
            problem(rc, 400, "Le champ « name » est invalide : ne doit pas être vide",
                    new JsonArray().add(new JsonObject().put("field", "name").put("message", "ne doit pas être vide")));
            return;
        }
        versions.add(budget.copy());
        budget.put("versionNumber", budget.getInteger("versionNumber") + 1).put("versionName", name)
                .put("status", "DRAFT").putNull("submittedAt");
        rc.response().setStatusCode(201);
        StandInServices.json(rc, budget);
    }

    private void diff(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject from = snapshot(rc.queryParams().get("from"));
        JsonObject to = snapshot(rc.queryParams().get("to"));
        if (from == null || to == null) {
            problem(rc, 404, "Version introuvable", null);
            return;
        }
        Map<String, JsonObject> before = new java.util.LinkedHashMap<>();
        lines(from).forEach(l -> before.put(l.getString("key", l.getString("id")), l));
        JsonArray changes = new JsonArray();
        for (JsonObject after : lines(to)) {
            JsonObject then = before.remove(after.getString("key", after.getString("id")));
            long now = after.getLong("provisionalCents");
            if (then == null) {
                changes.add(change(after, "ADDED", null, now, new JsonArray()));
            } else {
                JsonArray fields = new JsonArray();
                for (String[] f : new String[][] {{"account", "account"}, {"label", "label"}, {"unitCents", "amount"},
                        {"quantity", "quantity"}, {"driver", "driver"}}) {
                    if (!java.util.Objects.equals(then.getValue(f[0]), after.getValue(f[0]))) {
                        fields.add(f[1]);
                    }
                }
                changes.add(change(after, fields.isEmpty() ? "UNCHANGED" : "CHANGED", then.getLong("provisionalCents"), now, fields));
            }
        }
        before.values().forEach(gone -> changes.add(change(gone, "REMOVED", gone.getLong("provisionalCents"), null, new JsonArray())));
        JsonObject a = from.getJsonObject("totals");
        JsonObject b = to.getJsonObject("totals");
        StandInServices.json(rc, new JsonObject().put("from", from.getInteger("versionNumber")).put("to", to.getInteger("versionNumber"))
                .put("lines", changes).put("fromChargesCents", a.getLong("totalChargesCents")).put("toChargesCents", b.getLong("totalChargesCents"))
                .put("fromProduitsCents", a.getLong("totalProduitsCents")).put("toProduitsCents", b.getLong("totalProduitsCents"))
                .put("fromBalanceCents", a.getLong("balanceCents")).put("toBalanceCents", b.getLong("balanceCents")));
    }

    private static JsonObject change(JsonObject line, String change, Long from, Long to, JsonArray fields) {
        return new JsonObject().put("key", line.getString("key", line.getString("id"))).put("account", line.getString("account"))
                .put("label", line.getString("label")).put("change", change).put("fromCents", from).put("toCents", to)
                .put("deltaCents", (to == null ? 0 : to) - (from == null ? 0 : from)).put("fromFormula", from == null ? null : line.getString("formula"))
                .put("toFormula", to == null ? null : line.getString("formula")).put("fields", fields);
    }

    private JsonObject snapshot(String number) {
        if (number == null || !number.matches("\\d{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(number);
        if (budget.getInteger("versionNumber") == n) {
            return budget;
        }
        return versions.stream().filter(v -> v.getInteger("versionNumber") == n).findFirst().orElse(null);
    }

    private static List<JsonObject> lines(JsonObject version) {
        List<JsonObject> all = new ArrayList<>();
        for (String side : List.of("charges", "produits", "inKindUses", "inKindContributions")) {
            for (Object g : version.getJsonArray(side, new JsonArray())) {
                for (Object l : ((JsonObject) g).getJsonArray("lines")) {
                    all.add((JsonObject) l);
                }
            }
        }
        return all;
    }

    /** HypothesesRequest: participants and days required, category shares adding up to 100 %. */
    private synchronized void hypotheses(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        for (String field : List.of("participants", "days")) {
            if (body.getValue(field) == null) {
                errors.add(new JsonObject().put("field", field).put("message", "ne doit pas être nul"));
            }
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, errors.size() + " champs sont invalides.", errors);
            return;
        }
        JsonArray categories = new JsonArray();
        int shares = 0;
        JsonArray list = body.getJsonArray("categories", new JsonArray());
        for (int i = 0; i < list.size(); i++) {
            JsonObject category = list.getJsonObject(i);
            String code = category.getString("code");
            // the fees are registration-service's: budget-service refuses a typed one, and a code it does not charge
            if (category.getValue("fee") != null || category.getValue("feeCents") != null) {
                problem(rc, 400, "Le tarif de " + code + " se fixe dans les paramètres d'inscription : le budget le lit de là, il ne se saisit pas ici",
                        new JsonArray().add(new JsonObject().put("field", "categories[" + i + "].fee").put("message", "tarif saisi")));
                return;
            }
            Long fee = StandInFees.feeOf(code);
            if (fee == null) {
                String message = "Catégorie inconnue des paramètres d'inscription : " + code;
                problem(rc, 400, message, new JsonArray().add(new JsonObject().put("field", "categories[" + i + "].code").put("message", message)));
                return;
            }
            shares += category.getInteger("percent", 0);
            categories.add(new JsonObject().put("code", code).put("percent", category.getInteger("percent"))
                    .put("feeCents", fee).put("feeKnown", true));
        }
        if (!categories.isEmpty() && shares != 100) {
            problem(rc, 422, "La répartition des participants par catégorie doit totaliser 100 %", null);
            return;
        }
        budget.getJsonObject("hypotheses").put("participants", body.getInteger("participants")).put("days", body.getInteger("days"))
                .put("categories", categories).put("scenarios", body.getJsonArray("scenarios", new JsonArray()));
        JsonArray results = new JsonArray();
        for (Object sc : body.getJsonArray("scenarios", new JsonArray())) {
            JsonObject scenario = (JsonObject) sc;
            results.add(at(scenario.getString("name"), scenario.getInteger("participants")));
        }
        budget.put("scenarios", results);
        StandInServices.json(rc, budget);
    }

    /** The registration fees (account 706) follow attendance; every other demo line is fixed. */
    private JsonObject at(String name, int participants) {
        JsonObject totals = budget.getJsonObject("totals");
        long fees = lines(budget).stream().filter(l -> "706".equals(l.getString("account")))
                .mapToLong(l -> l.getLong("provisionalCents")).sum();
        int expected = budget.getJsonObject("hypotheses").getInteger("participants");
        long produits = totals.getLong("totalProduitsCents") - fees + (expected == 0 ? 0 : fees * participants / expected);
        long charges = totals.getLong("totalChargesCents");
        return new JsonObject().put("name", name).put("participants", participants).put("chargesCents", charges)
                .put("produitsCents", produits).put("totalChargesCents", charges).put("totalProduitsCents", produits)
                .put("balanceCents", produits - charges);
    }

    private void scenarios(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "partner")) {
            return;
        }
        JsonArray results = new JsonArray();
        for (String n : rc.queryParam("participants")) {
            results.add(at(n + " participants", Integer.parseInt(n)));
        }
        StandInServices.json(rc, results);
    }

    /** FunderResource's create and update: a commitment never moves backwards, paid never above granted. */
    private synchronized void saveFunder(RoutingContext rc, String id) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonObject existing = id == null ? null : funder(id);
        if (id != null && existing == null) {
            problem(rc, 404, "Financeur introuvable", null);
            return;
        }
        if (body.getString("name", "").isBlank()) {
            problem(rc, 400, "Le champ « name » est invalide : ne doit pas être vide",
                    new JsonArray().add(new JsonObject().put("field", "name").put("message", "ne doit pas être vide")));
            return;
        }
        if ("ETAT".equals(body.getString("type")) && body.getString("agency", "").isBlank()) {
            problem(rc, 400, "Pour l'État, précisez le ministère ou l'agence",
                    new JsonArray().add(new JsonObject().put("field", "agency").put("message", "Pour l'État, précisez le ministère ou l'agence")));
            return;
        }
        List<String> order = List.of("REQUESTED", "GRANTED", "PAID");
        String status = body.getString("status", existing == null ? "REQUESTED" : existing.getString("status"));
        if (existing != null && order.indexOf(status) < order.indexOf(existing.getString("status"))) {
            problem(rc, 422, "Un engagement ne revient pas en arrière : " + existing.getString("status") + " → " + status, null);
            return;
        }
        long requested = cents(body, "requested", existing, "requestedCents");
        long granted = cents(body, "granted", existing, "grantedCents");
        long paid = cents(body, "paid", existing, "paidCents");
        if (paid > granted) {
            problem(rc, 422, "Le montant versé ne peut pas dépasser le montant accordé", null);
            return;
        }
        JsonObject funder = existing == null ? new JsonObject().put("id", UUID.randomUUID().toString()).put("provisionalCents", 0L) : existing;
        long totalCharges = budget.getJsonObject("totals").getLong("totalChargesCents");
        long rate = totalCharges == 0 ? 0 : requested * 10_000 / totalCharges;
        funder.put("type", body.getString("type")).put("typeLabel", body.getString("type")).put("name", body.getString("name"))
                .put("agency", body.getString("agency")).put("status", status).put("requestedCents", requested)
                .put("grantedCents", granted).put("paidCents", paid)
                .put("requestedOn", body.getString("requestedOn", existing == null ? null : existing.getString("requestedOn")))
                .put("grantedOn", body.getString("grantedOn", existing == null ? null : existing.getString("grantedOn")))
                .put("paidOn", body.getString("paidOn", existing == null ? null : existing.getString("paidOn")))
                .put("coFinancingRateBasisPoints", rate).put("coFinancingRate", String.format(Locale.FRANCE, "%.2f %%", rate / 100.0))
                .put("grantedRateBasisPoints", 0L).put("grantedRate", "0,00 %")
                .put("conditions", body.getString("conditions") == null ? (existing == null ? null : existing.getString("conditions"))
                        : body.getString("conditions").isBlank() ? null : body.getString("conditions"));
        if (existing == null) {
            budget.getJsonArray("funders").add(funder);
            rc.response().setStatusCode(201);
        }
        StandInServices.json(rc, funder);
    }

    private static long cents(JsonObject body, String field, JsonObject existing, String stored) {
        Object value = body.getValue(field);
        if (value == null) {
            return existing == null ? 0 : existing.getLong(stored);
        }
        return new BigDecimal(value.toString()).movePointRight(2).longValueExact();
    }

    private JsonObject funder(String id) {
        for (Object f : budget.getJsonArray("funders")) {
            if (id.equals(((JsonObject) f).getString("id"))) {
                return (JsonObject) f;
            }
        }
        return null;
    }

    private synchronized void deleteFunder(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject funder = funder(rc.pathParam("fid"));
        if (funder == null) {
            problem(rc, 404, "Financeur introuvable", null);
            return;
        }
        for (JsonObject line : lines(budget)) {
            if (funder.getString("id").equals(line.getString("funderId")) || funder.getString("name").equals(line.getString("funderName"))) {
                problem(rc, 409, "Le financeur « " + funder.getString("name") + " » est nommé par la ligne « "
                        + line.getString("label") + " » : supprimez ou changez d'abord cette ligne (une version soumise le garde)", null);
                return;
            }
        }
        budget.getJsonArray("funders").getList().remove(funder.getMap());
        budget.getJsonArray("funders").getList().removeIf(f -> f == funder || f instanceof JsonObject o && o.getString("id").equals(funder.getString("id")));
        rc.response().setStatusCode(204).end();
    }

    private synchronized void saveLines(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        if ("SUBMITTED".equals(budget.getString("status"))) {
            problem(rc, 409, "La version " + budget.getInteger("versionNumber") + " a été soumise : elle est figée.", null);
            return;
        }
        JsonArray changes = rc.body().asJsonObject().getJsonArray("changes");
        JsonArray errors = new JsonArray();
        String detail = null;
        int status = 0;
        for (int i = 0; i < changes.size(); i++) {
            JsonObject change = changes.getJsonObject(i);
            JsonObject line = change.getJsonObject("line");
            String id = change.getString("lineId");
            String refusal = null;
            String field = "changes[" + i + "]";
            int code = 400;
            if (id != null && find(id) == null) {
                refusal = "Ligne de budget introuvable";
                code = 404;
            } else if (line != null) {
                String account = line.getString("account");
                BigDecimal amount = line.getValue("amount") == null ? null : new BigDecimal(line.getValue("amount").toString());
                if (line.getString("label", "").isBlank()) {
                    refusal = "ne doit pas être vide";
                    field += ".line.label";
                } else if (!ACCOUNTS.containsKey(account)) {
                    refusal = "Compte inconnu : " + account + " (voir /api/budget/accounts)";
                    field += ".line.account";
                } else if (amount == null && !"REGISTRATION_REVENUE".equals(line.getString("driver"))) {
                    refusal = "Montant manquant";
                    field += ".line.amount";
                } else if ("74".equals(account) && line.getString("funderId") == null) {
                    refusal = "Une subvention (74) doit nommer son financeur";
                    field += ".line.funderId";
                } else if (amount != null && amount.compareTo(new BigDecimal("1000000")) > 0) {
                    refusal = "La ligne « " + line.getString("label") + " » dépasse les montants que le budget peut compter";
                    code = 422;
                }
            }
            if (refusal != null) {
                errors.add(new JsonObject().put("field", field).put("message", refusal));
                String label = line != null ? line.getString("label") : find(id) == null ? null : find(id).getString("label");
                detail = detail != null ? detail : (label == null ? "Ligne " + (i + 1) : "Ligne « " + label + " »") + " : " + refusal;
                status = status == 0 ? code : status;
            }
        }
        if (!errors.isEmpty()) {
            problem(rc, status, detail, errors);
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            JsonObject change = changes.getJsonObject(i);
            String id = change.getString("lineId");
            JsonObject old = id == null ? null : find(id);
            if (old != null) {
                remove(id);
            }
            if (!change.getBoolean("delete", false)) {
                place(line(id == null ? UUID.randomUUID().toString() : id, change.getJsonObject("line"), old));
            }
        }
        recompute();
        StandInServices.json(rc, budget);
    }

    /** A line as BudgetView shows it, computed from the request. */
    private static JsonObject line(String id, JsonObject request, JsonObject old) {
        String account = request.getString("account");
        String driver = request.getString("driver");
        long unit = request.getValue("amount") == null ? 0
                : new BigDecimal(request.getValue("amount").toString()).movePointRight(2).longValueExact();
        long quantity = request.getLong("quantity", 1L);
        boolean perRoom = request.getBoolean("perRoom", false);
        String times = quantity == 1 ? "" : " × " + quantity;
        long value;
        String formula;
        switch (driver) {
            case "PER_PARTICIPANT" -> {
                value = unit * PARTICIPANTS * quantity;
                formula = euros(unit) + " × " + PARTICIPANTS + " participants (hypothèse)" + times;
            }
            case "PER_DAY" -> {
                value = unit * DAYS * (perRoom ? ROOMS : 1) * quantity;
                formula = euros(unit) + " × " + DAYS + " jours" + (perRoom ? " × " + ROOMS + " salles" : "") + times;
            }
            default -> {
                value = unit * quantity;
                formula = "Montant forfaitaire " + euros(unit) + times;
            }
        }
        return new JsonObject().put("id", id).put("key", old == null ? UUID.randomUUID().toString() : old.getString("key", id))
                .put("account", account).put("accountLabel", ACCOUNTS.get(account)[0]).put("label", request.getString("label"))
                .put("driver", driver).put("basis", request.getString("basis", "HYPOTHESIS"))
                .put("formula", formula + " = " + euros(value)).put("valueCents", value).put("value", euros(value))
                .put("provisionalCents", value).put("confirmedCents", old == null ? null : old.getValue("confirmedCents"))
                .put("committedCents", 0L).put("paidCents", 0L).put("unitCents", unit).put("quantity", quantity)
                .put("perRoom", perRoom).put("funderId", request.getString("funderId"))
                .put("funderName", old == null ? null : old.getString("funderName"));
    }

    private JsonObject find(String id) {
        for (String side : List.of("charges", "produits", "inKindUses", "inKindContributions")) {
            for (Object g : budget.getJsonArray(side)) {
                for (Object l : ((JsonObject) g).getJsonArray("lines")) {
                    if (id.equals(((JsonObject) l).getString("id"))) {
                        return (JsonObject) l;
                    }
                }
            }
        }
        return null;
    }

    private void remove(String id) {
        for (String side : List.of("charges", "produits", "inKindUses", "inKindContributions")) {
            for (Object g : budget.getJsonArray(side)) {
                JsonObject group = (JsonObject) g;
                JsonArray kept = new JsonArray();
                for (Object l : group.getJsonArray("lines")) {
                    if (!id.equals(((JsonObject) l).getString("id"))) {
                        kept.add(l);
                    }
                }
                group.put("lines", kept);
            }
        }
    }

    /** Into its account heading, which appears when its first line does. */
    private void place(JsonObject line) {
        String[] account = ACCOUNTS.get(line.getString("account"));
        String side = switch (account[2]) {
            case "CHARGES" -> "charges";
            case "PRODUITS" -> "produits";
            case "IN_KIND_USES" -> "inKindUses";
            default -> "inKindContributions";
        };
        JsonArray groups = budget.getJsonArray(side);
        for (Object g : groups) {
            if (account[1].equals(((JsonObject) g).getString("code"))) {
                JsonArray lines = new JsonArray(new ArrayList<>(((JsonObject) g).getJsonArray("lines").getList()));
                ((JsonObject) g).put("lines", lines.add(line));
                return;
            }
        }
        groups.add(new JsonObject().put("code", account[1]).put("label", ACCOUNTS.get(account[1])[0])
                .put("labelEn", StandInAccountNames.en(account[1], ACCOUNTS.get(account[1])[0])).put("lines", new JsonArray().add(line)));
    }

    /** Group totals, the form's totals and the balance, formulas on the lines that have none yet. */
    void recompute() {
        long[] sums = new long[4];
        List<String> sides = List.of("charges", "produits", "inKindUses", "inKindContributions");
        for (int s = 0; s < sides.size(); s++) {
            for (Object g : budget.getJsonArray(sides.get(s))) {
                JsonObject group = (JsonObject) g;
                long total = 0;
                for (Object l : group.getJsonArray("lines")) {
                    JsonObject line = (JsonObject) l;
                    if (line.getString("formula") == null) {
                        long unit = line.getLong("unitCents");
                        line.put("formula", "Montant forfaitaire " + euros(unit) + " = " + euros(line.getLong("provisionalCents")));
                    }
                    total += line.getLong("provisionalCents");
                }
                group.put("totalCents", total).put("total", euros(total));
                sums[s] += total;
            }
        }
        long balance = sums[1] - sums[0];
        budget.getJsonObject("totals").put("chargesCents", sums[0]).put("produitsCents", sums[1])
                .put("inKindUsesCents", sums[2]).put("inKindContributionsCents", sums[3])
                .put("totalChargesCents", sums[0] + sums[2]).put("totalProduitsCents", sums[1] + sums[3])
                .put("balanceCents", balance).put("balance", euros(balance)).put("balanced", balance == 0);
    }

    static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(cents / 100.0).replace('\u202f', '\u00a0');
    }

    /** A refusal as budget-service words it: the detail names the line, each error its change. */
    static void problem(RoutingContext rc, int status, String detail, JsonArray errors) {
        JsonObject problem = new JsonObject().put("type", ProblemType.forStatus(status).uri().toString())
                .put("title", detail).put("status", status).put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        rc.response().setStatusCode(status);
        if (!StandInServices.outOfContract(rc, "application/problem+json", problem.encode())) {
            rc.response().putHeader("Content-Type", "application/problem+json").end(problem.encode());
        }
    }
}
