package uk.org.wcf.finance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.joda.money.Money;

import uk.org.wcf.finance.accounts.AnnualAccounts;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.cash.Cashflow;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.KpiCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.PublishedTableCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The WCF dataset as values: the files embedded in the library, or a copy in which some files are replaced by a
 * user's own ({@link #overriddenBy(Path)}), to see what a changed input or a corrected published figure does to every
 * table. {@link WcfData} is the embedded dataset through static calls.
 *
 * <p>An instance reads each of its files once, at its first use, and keeps what it read and what it computed from it
 * (the budget books, the plan, the DSG report, ...): every later call returns the kept value. A file changed after
 * that is therefore not seen by the instance: call {@link #overriddenBy(Path)} again for a new instance that reads
 * it. A read that fails (a bad replaced file) keeps nothing, so every call fails the same way until the file is
 * mended. The values returned are immutable and an instance is safe to share between threads; there is no global
 * state beyond the one embedded instance, whose files are those in the library jar and never change.
 *
 * <pre>{@code
 * WcfDataset data = WcfDataset.embedded().overriddenBy(Path.of("my-copy"));  // my-copy/wcf-budget-lines.csv ...
 * data.checks(RoundingPolicy.THOUSANDS, CheckRules.standard());
 * }</pre>
 */
public final class WcfDataset {

    private static final String BASE = "/uk/org/wcf/finance/data/";

    /** The files of the embedded dataset, by their name inside it. */
    public static final List<String> FILES = List.of("wcf-years.csv", "wcf-budget-lines.csv", "wcf-plan-2020.yaml",
            "wcc-2019-20-p5-dsg.yaml", "wcc-2019-20-p6-dsg.yaml", "wcf-reserves.csv", "wcf-accounts.csv",
            "wcf-contract-kpis.csv",
            "published/" + BusinessPlanTables.TABLE_1 + ".csv", "published/" + BusinessPlanTables.TABLE_2 + ".csv",
            "published/" + BusinessPlanTables.TABLE_3 + ".csv", "published/" + BusinessPlanTables.TABLE_4 + ".csv",
            "published/" + WcfData.DSG_P6 + ".csv", "published/" + WcfData.ACCOUNTS + ".csv",
            "published/wcf-contract-kpis-2019.csv");

    private static final WcfDataset EMBEDDED = new WcfDataset(Map.of());

    /** Files replaced by the user's, by name in the dataset. */
    private final Map<String, Path> overrides;

    // What this instance has read and computed, each at its first use (see the class javadoc).
    private final Kept<List<BudgetBook>> budgetBooks = new Kept<>(this::readBudgetBooks);
    private final Kept<AssumptionSet> statedAssumptions2020 = new Kept<>(this::readStatedAssumptions2020);
    private final Kept<Plan> plan2020 = new Kept<>(this::computePlan2020);
    private final Kept<MonitoringSnapshot> dsgSnapshot2019P5 = new Kept<>(() -> readDsgSnapshot2019(5));
    private final Kept<MonitoringSnapshot> dsgSnapshot2019P6 = new Kept<>(() -> readDsgSnapshot2019(6));
    private final Kept<MonitoringReport> dsgReport2019P6 = new Kept<>(
            () -> MonitoringReport.of(dsgSnapshot2019(6), dsgSnapshot2019(5)));
    private final Kept<DsgReserve> dsgReserve2019 = new Kept<>(this::computeDsgReserve2019);
    private final Kept<List<ReserveLedger>> reserves = new Kept<>(this::readReserves);
    private final Kept<List<AnnualAccounts>> accounts = new Kept<>(this::readAccounts);
    private final Kept<Cashflow> cashflow2020 = new Kept<>(this::computeCashflow2020);
    private final Kept<Map<String, Kpi>> kpis = new Kept<>(this::readKpis);
    /** One per published table of {@link #FILES}, by table id. */
    private final Map<String, Kept<PublishedTable>> published = keptPublishedTables();

    private WcfDataset(Map<String, Path> overrides) {
        // sorted by name, so that what lists them (check --data) prints the same each run; Map.copyOf's order varies
        this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
    }

    /** @return the dataset embedded in the library */
    public static WcfDataset embedded() {
        return EMBEDDED;
    }

    /**
     * This dataset with files replaced by those in a folder: {@code DIR/wcf-budget-lines.csv} replaces the budget
     * lines, {@code DIR/published/bp2020-table2-recurrent-operating-costs-2020-21.csv} the published Table 2, and so on
     * ({@link #FILES}). Every other file stays as embedded. A file in the folder that is not one of the dataset's is
     * refused, so that a misspelt name is never silently ignored.
     *
     * @param dir a folder
     * @return the dataset with those files replaced
     * @throws InvalidInputException naming the folder or file, if the folder is missing or holds a file the dataset has not
     */
    public WcfDataset overriddenBy(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(),
                    Files.exists(dir) ? "is not a folder: give a folder whose files replace the dataset's" : "no such folder"));
        }
        Map<String, Path> replaced = new TreeMap<>(overrides);
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                String name = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (FILES.contains(name)) {
                    replaced.put(name, f);
                } else {
                    problems.add(Problem.ofFile(f.toString(), "is not a file of the WCF dataset, so it would be ignored; the files "
                            + "a folder can replace are " + String.join(", ", FILES)));
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(), "cannot be read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new WcfDataset(replaced);
    }

    /** @return the dataset's files that are replaced, in the order of their names, with the file that replaces each */
    public Map<String, Path> overrides() {
        return overrides;
    }

    /** Whose budget the dataset's books are, and who commissions it: the names the published tables use. */
    public static final BudgetBook.Parties PARTIES = new BudgetBook.Parties("WCF", "WCC");

    /**
     * @return the budget books of the dataset: the 2019/20 part-year and 2020/21, of WCF commissioned by WCC
     *         ({@link #PARTIES}) unless the years file declares otherwise
     */
    public List<BudgetBook> budgetBooks() {
        return budgetBooks.get();
    }

    private List<BudgetBook> readBudgetBooks() {
        try (InputStream years = open("wcf-years.csv"); InputStream lines = open("wcf-budget-lines.csv")) {
            return BudgetBookCsv.read(name("wcf-years.csv"), years, name("wcf-budget-lines.csv"), lines).orThrow().stream()
                    .map(b -> b.parties().equals(BudgetBook.Parties.NONE) ? b.withParties(PARTIES) : b).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param year a year of the dataset
     * @return its budget book
     */
    public BudgetBook budgetBook(FiscalYear year) {
        List<BudgetBook> books = budgetBooks();
        for (BudgetBook b : books) {
            if (b.year().equals(year)) {
                return b;
            }
        }
        throw new IllegalArgumentException("the " + (overrides.isEmpty() ? "embedded" : "given")
                + " dataset has no budget for " + year + "; it has " + books.stream().map(BudgetBook::year).toList());
    }

    /** @return the agreed 2020/21 budget book of the Business Plan 2020/21 */
    public BudgetBook businessPlan2020() {
        return budgetBook(FiscalYear.of(2020));
    }

    /** @return the 6-month 2019/20 contract's budget book */
    public BudgetBook contract2019() {
        return budgetBook(FiscalYear.of(2019));
    }

    /** @return the assumptions the Business Plan 2020/21 states for its indicative years ({@code wcf-plan-2020.yaml}) */
    public AssumptionSet statedAssumptions2020() {
        return statedAssumptions2020.get();
    }

    private AssumptionSet readStatedAssumptions2020() {
        try (InputStream in = open("wcf-plan-2020.yaml")) {
            return AssumptionsFile.read(name("wcf-plan-2020.yaml"), in, StructuredFormat.YAML).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Business Plan 2020/21 three-year plan: the agreed 2020/21 book with the plan's stated assumptions
     * ({@link #statedAssumptions2020()}: 2% compounding staffing inflation in the embedded file) and, per service and
     * indicative year, one named "other movements (not itemised in the source)" line for whatever the stated
     * assumptions do not explain of the published Table 3 figure. The indicative years are therefore fitted to the
     * published figures; what they show is the bridge: how much of each published change the stated assumptions
     * explain, and the rest.
     *
     * @return the plan
     */
    public Plan plan2020() {
        return plan2020.get();
    }

    private Plan computePlan2020() {
        BudgetBook base = businessPlan2020();
        AssumptionSet assumptions = statedAssumptions2020();
        Plan stated = Plan.of(base, assumptions.indicativeYears(), assumptions.assumptions());
        PublishedTable table3 = published(BusinessPlanTables.TABLE_3);
        Map<FiscalYear, Map<String, Money>> targets = new LinkedHashMap<>();
        for (BudgetBook year : stated.years().subList(1, stated.years().size())) {
            String column = "fy" + year.year().toString().replace('/', '_') + "_indicative";
            Map<String, Money> byService = new LinkedHashMap<>();
            for (var s : base.services()) {
                table3.value(s.ref(), column).ifPresent(v -> byService.put(s.ref(), Gbp.thousands(v)));
            }
            targets.put(year.year(), byService);
        }
        return stated.withOtherMovementsToReach(targets, WcfData.NOT_ITEMISED,
                "Business Plan 2020/21, section 6, Table 3: the published indicative figure less the stated assumptions ("
                        + assumptions.inWords() + ")");
    }

    /**
     * A DSG monitoring snapshot of 2019/20.
     *
     * @param period 5 or 6 (the P5 position is reconstructed from the P6 report's "variance last period")
     * @return the snapshot
     */
    public MonitoringSnapshot dsgSnapshot2019(int period) {
        if (period != 5 && period != 6) {
            throw new IllegalArgumentException("the dataset has DSG snapshots for 2019/20 P5 and P6, not P" + period);
        }
        return period == 5 ? dsgSnapshot2019P5.get() : dsgSnapshot2019P6.get();
    }

    private MonitoringSnapshot readDsgSnapshot2019(int period) {
        String file = "wcc-2019-20-p" + period + "-dsg.yaml";
        try (InputStream in = open(file)) {
            return SnapshotFile.read(name(file), in, StructuredFormat.YAML).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the Period 6 2019/20 DSG monitoring report, variance last period from the P5 snapshot */
    public MonitoringReport dsgReport2019P6() {
        return dsgReport2019P6.get();
    }

    /**
     * The 2019/20 DSG reserve: a deficit of 633k at 1 April 2019, with the carry-forwards proposed at Period 6 moved
     * in (8,024k in the embedded dataset, so the forecast closing deficit is 633 + 8,024 = 8,657k).
     *
     * @return the reserve
     */
    public DsgReserve dsgReserve2019() {
        return dsgReserve2019.get();
    }

    private DsgReserve computeDsgReserve2019() {
        return DsgReserve.opening(FiscalYear.of(2019), WcfData.DSG_DEFICIT_APRIL_2019.negated(), WcfData.STATUTORY_OVERRIDE_END)
                .withCarryForwardsFrom(dsgSnapshot2019(6));
    }

    /**
     * The council's earmarked children's services reserves in a year of the dataset.
     *
     * @param year 2019/20 or 2020/21
     * @return the ledger
     */
    public ReserveLedger reserves(FiscalYear year) {
        for (ReserveLedger l : reserves.get()) {
            if (l.year().equals(year)) {
                return l;
            }
        }
        throw new IllegalArgumentException("the dataset has no reserves for " + year);
    }

    private List<ReserveLedger> readReserves() {
        try (InputStream in = open("wcf-reserves.csv")) {
            return List.copyOf(ReserveLedgerCsv.read(name("wcf-reserves.csv"), in).orThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The company's accounts for 2019/20 (its first, part year) and 2020/21, 2020/21's retained earnings brought
     * forward rolled from 2019/20.
     *
     * @return the accounts, in year order
     */
    public List<AnnualAccounts> accounts() {
        return accounts.get();
    }

    private List<AnnualAccounts> readAccounts() {
        Map<FiscalYear, Map<String, Money>> lines = new LinkedHashMap<>();
        try (InputStream in = open("wcf-accounts.csv");
                CsvTable t = CsvTable.open(name("wcf-accounts.csv"), in, List.of("year", "line", "amount_gbp"), List.of())) {
            t.readAll(row -> {
                FiscalYear y = row.parse("year", FiscalYear::parse);
                Money m = row.amount("amount_gbp", Amounts.Unit.POUNDS);
                if (row.ok()) {
                    lines.computeIfAbsent(y, k -> new LinkedHashMap<>()).put(row.text("line"), m);
                }
                return m;
            }).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AnnualAccounts> out = new ArrayList<>();
        for (var e : lines.entrySet()) {
            Map<String, Money> l = e.getValue();
            Money bf = out.isEmpty() ? l.get("retained_earnings_brought_forward") : Gbp.zero();
            AnnualAccounts a = new AnnualAccounts(e.getKey(), l.get("turnover"), l.get("cost_of_sales"),
                    l.get("other_operating_expenses"), l.get("interest_receivable"), l.get("tax"), l.get("debtors"),
                    l.get("cash_at_bank_and_in_hand"), l.get("creditors_due_within_one_year"), bf);
            out.add(out.isEmpty() ? a : out.get(out.size() - 1).rollForwardInto(a));
        }
        return List.copyOf(out);
    }

    /**
     * The 2020/21 monthly cashflow forecast: the agreed budget, opening at the cash at bank on 31 March 2020 in the
     * accounts, support services paid quarterly.
     *
     * @return the cashflow
     */
    public Cashflow cashflow2020() {
        return cashflow2020.get();
    }

    private Cashflow computeCashflow2020() {
        Money opening = accounts().stream().filter(a -> a.year().equals(FiscalYear.of(2019))).findFirst().orElseThrow().cash();
        return Cashflow.forecast(businessPlan2020(), opening, WcfData.SUPPORT_SERVICES_2020);
    }

    /** @return the contract KPIs signed off in the service delivery contract (2019), by code, in the file's order */
    public Map<String, Kpi> kpis() {
        return kpis.get();
    }

    private Map<String, Kpi> readKpis() {
        try (InputStream in = open("wcf-contract-kpis.csv")) {
            // the reader's map is a LinkedHashMap: kept and shared, so a read-only view of a copy, in the file's order
            Map<String, Kpi> read = KpiCsv.readDefinitions(name("wcf-contract-kpis.csv"), in).orThrow();
            return Collections.unmodifiableMap(new LinkedHashMap<>(read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A published table, as typed from the source.
     *
     * @param id the table's identifier, such as {@link BusinessPlanTables#TABLE_2}
     * @return the published table
     */
    public PublishedTable published(String id) {
        Kept<PublishedTable> kept = published.get(id);
        // an id that is not one of the dataset's tables is read as before, so that it fails as before
        return kept != null ? kept.get() : readPublished(id);
    }

    private Map<String, Kept<PublishedTable>> keptPublishedTables() {
        Map<String, Kept<PublishedTable>> tables = new TreeMap<>();
        for (String file : FILES) {
            if (file.startsWith("published/")) {
                String id = file.substring("published/".length(), file.length() - ".csv".length());
                tables.put(id, new Kept<>(() -> readPublished(id)));
            }
        }
        return Map.copyOf(tables);
    }

    private PublishedTable readPublished(String id) {
        String file = "published/" + id + ".csv";
        try (InputStream in = open(file)) {
            return PublishedTableCsv.read(id, overrides.containsKey(file) ? name(file) : id + ".csv", in).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates every published table the library covers from the model, with the standard rules, and compares
     * each with the source.
     *
     * @param policy the rounding policy (the published tables are whole £000, half-up)
     * @return one check per table, in the source's order
     */
    public List<TableCheck> checks(RoundingPolicy policy) {
        return checks(policy, CheckRules.standard());
    }

    /**
     * Regenerates every published table the library covers from the model with the given rules, and compares each
     * with the source. Table 3's indicative columns are marked as fitted ({@link TableCheck#fittedColumns()}).
     *
     * @param policy the rounding policy (the published tables are whole £000, half-up)
     * @param rules how each table is computed from the dataset
     * @return one check per table, in the source's order
     */
    public List<TableCheck> checks(RoundingPolicy policy, CheckRules rules) {
        BudgetBook y2019 = contract2019();
        BudgetBook y2020 = businessPlan2020();
        List<TableCheck> checks = new ArrayList<>();
        checks.add(TableCheck.compare(rules.table1().apply(List.of(y2019, y2020)).round(policy),
                published(BusinessPlanTables.TABLE_1)));
        checks.add(TableCheck.compare(rules.table2().apply(y2020).round(policy), published(BusinessPlanTables.TABLE_2)));
        List<BudgetBook> table3Years = new ArrayList<>();
        table3Years.add(y2019);
        Plan plan = plan2020();
        table3Years.addAll(plan.years());
        var table3 = rules.table3().apply(table3Years).round(policy);
        List<String> fitted = table3.table().columns().stream().map(c -> c.key()).filter(k -> k.endsWith("_indicative")).toList();
        checks.add(TableCheck.compare(table3, published(BusinessPlanTables.TABLE_3)).withFittedColumns(fitted));
        checks.add(TableCheck.compare(rules.table4().apply(y2020).round(policy), published(BusinessPlanTables.TABLE_4)));
        checks.add(dsgReport2019P6().check(published(WcfData.DSG_P6), policy, rules.dsgPercentBasis()));
        PublishedTable accounts = published(WcfData.ACCOUNTS);
        PublishedTable statements = new PublishedTable(accounts.id(), accounts.source(), accounts.rows().stream()
                .filter(r -> !r.key().startsWith("income_from") && !r.key().equals("other_income") && !r.key().equals("total_turnover"))
                .toList(), accounts.notes());
        TableCheck a = TableCheck.compare(rules.accounts().apply(accounts()).round(RoundingPolicy.POUNDS), statements);
        // retained earnings brought forward is an input the published statements do not print
        checks.add(new TableCheck(a.model(), a.published(), a.differences().stream()
                .filter(d -> !d.row().equals("retained_earnings_brought_forward")).toList()));
        return List.copyOf(checks);
    }

    /** The name a file goes by in messages: the user's path where it is replaced, its dataset name otherwise. */
    private String name(String file) {
        Path p = overrides.get(file);
        return p == null ? file : p.toString();
    }

    private InputStream open(String file) throws IOException {
        Path p = overrides.get(file);
        if (p != null) {
            return Files.newInputStream(p);
        }
        InputStream in = WcfDataset.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("the embedded dataset file " + file + " is missing from the library jar");
        }
        return in;
    }

    /**
     * A value read or computed at its first use, then kept. The first use computes it under this holder's lock (so
     * threads that ask at once wait for one computation, and a computation may use other holders: the plan the books',
     * never the other way, so no two holders wait for each other); a computation that throws keeps nothing, so the next
     * use computes again and fails the same way.
     */
    private static final class Kept<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Kept(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = Objects.requireNonNull(compute.get(), "a dataset value");
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    @Override
    public String toString() {
        return overrides.isEmpty() ? "the embedded WCF dataset" : "the WCF dataset with " + String.join(", ", overrides.keySet())
                + " replaced";
    }
}
