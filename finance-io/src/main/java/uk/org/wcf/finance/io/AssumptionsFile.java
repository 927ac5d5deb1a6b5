package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.tree.Fields;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.plan.Assumption;
import uk.org.wcf.finance.plan.AssumptionKind;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.ContractVariation;
import uk.org.wcf.finance.plan.DemandGrowth;
import uk.org.wcf.finance.plan.FlatCashAward;
import uk.org.wcf.finance.plan.Investment;
import uk.org.wcf.finance.plan.LineRef;
import uk.org.wcf.finance.plan.OneOffFromReserves;
import uk.org.wcf.finance.plan.OtherMovement;
import uk.org.wcf.finance.plan.Saving;
import uk.org.wcf.finance.plan.SavingStatus;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.plan.UtilitiesInflation;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

// Over 400 lines: nine assumption kinds, each read with its own fields and checks and written back; a kind's
// reading and writing sit together so that they cannot drift apart.
/**
 * Reads plan assumptions from YAML or JSON (format in the finance-io README). Top level:
 * {@code schemaVersion} (1), {@code name}, {@code indicativeYears} (default 2), {@code unit} ({@code thousands},
 * the default, or {@code pounds}) and {@code assumptions}, a list in which each item has a {@code type}:
 * {@code staffing_inflation}, {@code flat_cash_award}, {@code utilities_inflation}, {@code demand_growth},
 * {@code saving}, {@code investment}, {@code contract_variation}, {@code one_off_from_reserves} or
 * {@code other_movement}, with {@code name}, optional {@code agreed} (a date) and {@code source}, and the
 * fields of its kind. Every problem is reported at its line and column.
 */
public final class AssumptionsFile {

    /** The schema version this reader writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "name", "indicativeYears", "unit", "assumptions");
    private static final List<String> COMMON = List.of("type", "name", "agreed", "source");
    private static final List<String> LINE = List.of("service", "group", "detail");

    private AssumptionsFile() {
    }

    /**
     * Reads a file; the format follows its ending ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @param path the file
     * @return the assumption set and any problems
     */
    public static ReadResult<AssumptionSet> read(Path path) {
        return TreeNode.readFile(path, AssumptionsFile::read);
    }

    /**
     * Reads an assumptions file (YAML or JSON, by its ending) and checks that every {@code service} it names is in
     * the book the plan starts from, so that an unknown service is reported at its line and column.
     *
     * @param path the file
     * @param book the budget book the plan starts from
     * @return the assumption set and any problems
     */
    public static ReadResult<AssumptionSet> read(Path path, uk.org.wcf.finance.budget.BudgetBook book) {
        byte[] bytes;
        StructuredFormat format = StructuredFormat.ofFile(path.toString());
        try (InputStream in = InputFiles.open(path)) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String file = path.toString();
        ReadResult<AssumptionSet> r = read(file, new java.io.ByteArrayInputStream(bytes), format);
        if (!r.isClean()) {
            return r;
        }
        List<Problem> problems = new ArrayList<>();
        TreeNode root = TreeNode.read(file, new java.io.ByteArrayInputStream(bytes), format).value().orElseThrow();
        for (TreeNode item : root.map().getOrDefault("assumptions", new TreeNode(null, 0, 0)).list()) {
            TreeNode service = item.map().get("service");
            if (service != null && book.findService(service.text()).isEmpty()) {
                problems.add(service.problem(file, "service", "service is '" + service.text() + "': not a service of the "
                        + book.year() + " budget; the services are " + String.join(", ", book.services().stream()
                                .map(sv -> sv.ref() + " (" + sv.name() + ")").toList())));
            }
        }
        return problems.isEmpty() ? r : ReadResult.failed(problems);
    }

    /**
     * Reads assumptions from a stream.
     *
     * @param file the file name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the assumption set (empty when there were problems) and the problems
     */
    public static ReadResult<AssumptionSet> read(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        String name = top.text("name", true);
        Integer years = top.has("indicativeYears") ? top.integer("indicativeYears", false) : Integer.valueOf(2);
        Amounts.Unit unit = top.unit();
        List<Assumption> assumptions = new ArrayList<>();
        TreeNode list = top.node().map().get("assumptions");
        if (list == null || !list.isList()) {
            top.fail(list == null ? top.node() : list, "assumptions", "assumptions must be a list of assumptions");
        } else {
            for (TreeNode item : list.list()) {
                Assumption a = assumption(file, item, unit, problems);
                if (a != null) {
                    assumptions.add(a);
                }
            }
        }
        if (!problems.isEmpty() || name == null || years == null) {
            return ReadResult.failed(problems);
        }
        try {
            return ReadResult.of(new AssumptionSet(name, years, assumptions), problems);
        } catch (FinanceRuleException e) {
            problems.add(top.node().problem(file, e.field(), e.getMessage()));
            return ReadResult.failed(problems);
        }
    }

    private static Set<String> keys(List<String> fields) {
        return keys(List.of(), fields);
    }

    private static Set<String> keys(List<String> line, List<String> fields) {
        Set<String> s = new HashSet<>(COMMON);
        s.addAll(line);
        s.addAll(fields);
        return s;
    }

    private static Assumption assumption(String file, TreeNode item, Amounts.Unit unit, List<Problem> problems) {
        String type = item.map().containsKey("type") ? item.map().get("type").text().toLowerCase(Locale.ROOT) : "";
        Optional<AssumptionKind> found = AssumptionKind.ofTag(type);
        if (found.isEmpty()) {
            problems.add(item.problem(file, "type", "type is '" + type + "'; it is one of " + AssumptionKind.tags()));
            return null;
        }
        AssumptionKind kind = found.get();
        Set<String> allowed = switch (kind) {
            case STAFFING_INFLATION -> keys(List.of("rate", "byYear"));
            case FLAT_CASH_AWARD -> keys(List.of("perFtePounds", "fte", "pension", "nationalInsurance", "years"));
            case UTILITIES_INFLATION -> keys(List.of("index"));
            case DEMAND_GROWTH -> keys(LINE, List.of("amount", "rate", "from", "to"));
            case SAVING -> keys(LINE, List.of("amount", "year", "status"));
            case INVESTMENT -> keys(LINE, List.of("amount", "year", "months", "recurrent"));
            case CONTRACT_VARIATION -> keys(LINE, List.of("amount", "effective"));
            case ONE_OFF_FROM_RESERVES, OTHER_MOVEMENT -> keys(LINE, List.of("amount", "year"));
        };
        Fields f = new Fields(file, item, problems, allowed);
        String name = f.text("name", true);
        Optional<LocalDate> agreed = Optional.ofNullable(f.date("agreed", false));
        String source = f.has("source") ? f.text("source", false) : "";
        LineRef line = allowed.contains("service") ? line(f) : null;
        try {
            return switch (kind) {
                case STAFFING_INFLATION -> {
                    Rate rate = f.rate("rate", true);
                    var byYear = f.mapOf("byYear", FiscalYear::parse, Rate::parse);
                    yield f.ok() ? new StaffingInflation(name, agreed, source, rate, byYear) : null;
                }
                case FLAT_CASH_AWARD -> {
                    Money perFte = f.amount("perFtePounds", true, Amounts.Unit.POUNDS);
                    var fte = f.mapOf("fte", k -> k, t -> AmountSyntax.decimal(t, "fte"));
                    Rate pension = f.has("pension") ? f.rate("pension", false) : Rate.ZERO;
                    Rate ni = f.has("nationalInsurance") ? f.rate("nationalInsurance", false) : Rate.ZERO;
                    var years = f.listOf("years", FiscalYear::parse);
                    if (years.isEmpty()) {
                        f.fail(item, "years", "years is missing; name the years the award is made in");
                    }
                    yield f.ok() ? new FlatCashAward(name, agreed, source, perFte, fte, pension, ni, new HashSet<>(years)) : null;
                }
                case UTILITIES_INFLATION -> {
                    var index = f.mapOf("index", FiscalYear::parse, Rate::parse);
                    yield f.ok() ? new UtilitiesInflation(name, agreed, source, index) : null;
                }
                case DEMAND_GROWTH -> {
                    Optional<Money> amount = Optional.ofNullable(f.amount("amount", false, unit));
                    Optional<Rate> rate = Optional.ofNullable(f.rate("rate", false));
                    FiscalYear from = f.year("from", true);
                    Optional<FiscalYear> to = Optional.ofNullable(f.year("to", false));
                    yield f.ok() ? new DemandGrowth(name, agreed, source, line, amount, rate, from, to) : null;
                }
                case SAVING -> {
                    Money amount = f.amount("amount", true, unit);
                    FiscalYear year = f.year("year", true);
                    SavingStatus status = f.has("status") ? status(f, item) : SavingStatus.DELIVERABLE;
                    yield f.ok() ? new Saving(name, agreed, source, line, amount, year, status) : null;
                }
                case INVESTMENT -> {
                    Money amount = f.amount("amount", true, unit);
                    FiscalYear year = f.year("year", true);
                    Integer months = f.has("months") ? f.integer("months", false) : Integer.valueOf(12);
                    Boolean recurrent = f.has("recurrent") ? f.bool("recurrent", false) : Boolean.TRUE;
                    yield f.ok() ? new Investment(name, agreed, source, line, amount, year, months, recurrent) : null;
                }
                case CONTRACT_VARIATION -> {
                    Money amount = f.amount("amount", true, unit);
                    LocalDate effective = f.date("effective", true);
                    yield f.ok() ? new ContractVariation(name, agreed, source, line, amount, effective) : null;
                }
                case ONE_OFF_FROM_RESERVES -> {
                    Money amount = f.amount("amount", true, unit);
                    FiscalYear year = f.year("year", true);
                    yield f.ok() ? new OneOffFromReserves(name, agreed, source, line, amount, year) : null;
                }
                case OTHER_MOVEMENT -> {
                    Money amount = f.amount("amount", true, unit);
                    FiscalYear year = f.year("year", true);
                    yield f.ok() ? new OtherMovement(name, agreed, source, line, amount, year) : null;
                }
            };
        } catch (FinanceRuleException e) {
            f.fail(item, e.field(), e.getMessage());
            return null;
        }
    }

    private static SavingStatus status(Fields f, TreeNode item) {
        String s = f.text("status", false).toUpperCase(Locale.ROOT);
        try {
            return SavingStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            f.fail(item.map().get("status"), "status", "status is '" + s.toLowerCase(Locale.ROOT)
                    + "': it is proposed, planned or deliverable");
            return null;
        }
    }

    private static LineRef line(Fields f) {
        String service = f.text("service", true);
        SubjectiveGroup group = f.has("group") ? groupOf(f) : SubjectiveGroup.OTHER_NON_STAFFING;
        String detail = f.has("detail") ? f.text("detail", false) : "";
        return service == null || group == null ? null : LineRef.of(service, group, detail);
    }

    private static SubjectiveGroup groupOf(Fields f) {
        try {
            return SubjectiveGroup.standard(f.text("group", false));
        } catch (FinanceRuleException e) {
            f.fail(f.node().map().get("group"), "group", e.getMessage());
            return null;
        }
    }

    /**
     * Writes an assumption set, amounts in pounds and pence, so that reading it back gives the same set.
     *
     * @param set the assumptions
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(AssumptionSet set, StructuredFormat format) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", set.name());
        root.put("indicativeYears", set.indicativeYears());
        root.put("unit", "pounds");
        root.put("assumptions", set.assumptions().stream().map(AssumptionsFile::assumptionMap).toList());
        return format.write(root);
    }

    /** Each kind's fields after the common ones (type, name, agreed, source); one method per kind. */
    private static Map<String, Object> assumptionMap(Assumption a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.kind().tag());
        common(a, m);
        m.putAll(a.accept(FIELDS));
        return m;
    }

    private static final Assumption.Visitor<Map<String, Object>> FIELDS = new Assumption.Visitor<>() {
        @Override
        public Map<String, Object> staffingInflation(StaffingInflation s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rate", s.rate().toString());
            if (!s.byYear().isEmpty()) {
                Map<String, Object> by = new TreeMap<>();
                s.byYear().forEach((y, r) -> by.put(y.toString(), r.toString()));
                m.put("byYear", by);
            }
            return m;
        }

        @Override
        public Map<String, Object> flatCashAward(FlatCashAward f) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perFtePounds", f.perFte().getAmount().toPlainString());
            Map<String, Object> fte = new TreeMap<>();
            f.fteByService().forEach((k, v) -> fte.put(k, v.toPlainString()));
            m.put("fte", fte);
            m.put("pension", f.pension().toString());
            m.put("nationalInsurance", f.nationalInsurance().toString());
            m.put("years", f.years().stream().sorted().map(FiscalYear::toString).toList());
            return m;
        }

        @Override
        public Map<String, Object> utilitiesInflation(UtilitiesInflation u) {
            Map<String, Object> idx = new TreeMap<>();
            u.index().forEach((y, r) -> idx.put(y.toString(), r.toString()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", idx);
            return m;
        }

        @Override
        public Map<String, Object> demandGrowth(DemandGrowth g) {
            Map<String, Object> m = line(g.line());
            g.amount().ifPresent(a -> m.put("amount", a.getAmount().toPlainString()));
            g.rate().ifPresent(r -> m.put("rate", r.toString()));
            m.put("from", g.from().toString());
            g.to().ifPresent(t -> m.put("to", t.toString()));
            return m;
        }

        @Override
        public Map<String, Object> saving(Saving s) {
            Map<String, Object> m = line(s.line());
            m.put("amount", s.amount().getAmount().toPlainString());
            m.put("year", s.year().toString());
            m.put("status", s.status().name().toLowerCase(Locale.ROOT));
            return m;
        }

        @Override
        public Map<String, Object> investment(Investment i) {
            Map<String, Object> m = line(i.line());
            m.put("amount", i.fullYear().getAmount().toPlainString());
            m.put("year", i.year().toString());
            m.put("months", i.months());
            m.put("recurrent", i.recurrent());
            return m;
        }

        @Override
        public Map<String, Object> contractVariation(ContractVariation v) {
            Map<String, Object> m = line(v.line());
            m.put("amount", v.fullYear().getAmount().toPlainString());
            m.put("effective", v.effective().toString());
            return m;
        }

        @Override
        public Map<String, Object> oneOffFromReserves(OneOffFromReserves o) {
            Map<String, Object> m = line(o.line());
            m.put("amount", o.amount().getAmount().toPlainString());
            m.put("year", o.year().toString());
            return m;
        }

        @Override
        public Map<String, Object> otherMovement(OtherMovement o) {
            Map<String, Object> m = line(o.line());
            m.put("amount", o.amount().getAmount().toPlainString());
            m.put("year", o.year().toString());
            return m;
        }
    };

    private static void common(Assumption a, Map<String, Object> m) {
        m.put("name", a.name());
        a.agreed().ifPresent(d -> m.put("agreed", d.toString()));
        if (!a.source().isEmpty()) {
            m.put("source", a.source());
        }
    }

    private static Map<String, Object> line(LineRef l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", l.service());
        m.put("group", l.group().code());
        if (!l.detail().isEmpty()) {
            m.put("detail", l.detail());
        }
        return m;
    }
}
