package uk.org.wcf.finance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.accounts.AnnualAccounts;
import uk.org.wcf.finance.cash.Cashflow;
import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.CsvTable;
import uk.org.wcf.finance.io.KpiCsv;
import uk.org.wcf.finance.io.PublishedTableCsv;
import uk.org.wcf.finance.io.ReadResult;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.TreeNode;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The published WCF figures, shipped inside the library: the budget books they describe and the published
 * tables to check the model against. Each call reads the embedded files afresh (there is no cache and no global
 * state); the values returned are immutable.
 *
 * <pre>{@code
 * BudgetBook book = WcfData.businessPlan2020();
 * book.contractSum();   // GBP 114622000.00
 * }</pre>
 */
public final class WcfData {

    private static final String BASE = "/uk/org/wcf/finance/data/";

    private WcfData() {
    }

    /** @return the budget books of the embedded dataset: the 2019/20 part-year and 2020/21 */
    public static List<BudgetBook> budgetBooks() {
        try (InputStream years = open("wcf-years.csv"); InputStream lines = open("wcf-budget-lines.csv")) {
            return BudgetBookCsv.read("wcf-years.csv", years, "wcf-budget-lines.csv", lines).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param year a year of the dataset
     * @return its budget book
     */
    public static BudgetBook budgetBook(FiscalYear year) {
        return budgetBooks().stream().filter(b -> b.year().equals(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the embedded dataset has no budget for " + year
                        + "; it has " + budgetBooks().stream().map(BudgetBook::year).toList()));
    }

    /** @return the agreed 2020/21 budget book of the Business Plan 2020/21 */
    public static BudgetBook businessPlan2020() {
        return budgetBook(FiscalYear.of(2020));
    }

    /** @return the 6-month 2019/20 contract's budget book */
    public static BudgetBook contract2019() {
        return budgetBook(FiscalYear.of(2019));
    }

    /** The name the plan gives to the part of each published change that the stated assumptions do not explain. */
    public static final String NOT_ITEMISED = "Other movements (not itemised in the source)";

    /**
     * The Business Plan 2020/21 three-year plan: the agreed 2020/21 book, 2% compounding staffing inflation (the
     * plan's stated assumption) and, per service and indicative year, one named "other movements (not itemised
     * in the source)" line for whatever the 2% does not explain of the published Table 3 figure. The bridge
     * shows how much of each published change the stated rule explains.
     *
     * @return the plan
     */
    public static Plan plan2020() {
        BudgetBook base = businessPlan2020();
        Plan stated = Plan.of(base, List.of(StaffingInflation.of(Rate.percent("2"))));
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
        return stated.withOtherMovementsToReach(targets, NOT_ITEMISED,
                "Business Plan 2020/21, section 6, Table 3: the published indicative figure less the stated 2%");
    }

    /** Identifier of the published Period 6 2019/20 DSG table. */
    public static final String DSG_P6 = "wcc-2019-20-p6-dsg-forecast";

    /** The DSG reserve deficit at the start of 2019/20 (scrutiny panel, 13 November 2019): 633k. */
    public static final Money DSG_DEFICIT_APRIL_2019 = Gbp.thousands(633);

    /**
     * The default end of the DSG statutory override used by {@link #dsgReserve2019()}: 31 March 2023, the
     * end date in force when these figures were published (a setting: pass another to {@code DsgReserve}).
     */
    public static final LocalDate STATUTORY_OVERRIDE_END = LocalDate.of(2023, 3, 31);

    /**
     * A DSG monitoring snapshot of 2019/20.
     *
     * @param period 5 or 6 (the P5 position is reconstructed from the P6 report's "variance last period")
     * @return the snapshot
     */
    public static MonitoringSnapshot dsgSnapshot2019(int period) {
        if (period != 5 && period != 6) {
            throw new IllegalArgumentException("the embedded dataset has DSG snapshots for 2019/20 P5 and P6, not P" + period);
        }
        String file = "wcc-2019-20-p" + period + "-dsg.yaml";
        try (InputStream in = open(file)) {
            return SnapshotFile.read(file, in, TreeNode.Format.YAML).orThrow().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the Period 6 2019/20 DSG monitoring report, variance last period from the P5 snapshot */
    public static MonitoringReport dsgReport2019P6() {
        return MonitoringReport.of(dsgSnapshot2019(6), Optional.of(dsgSnapshot2019(5)));
    }

    /**
     * The 2019/20 DSG reserve: a deficit of 633k at 1 April 2019, with the carry-forwards proposed at Period 6
     * (8,024k) moved in, so the forecast closing deficit is 633 + 8,024 = 8,657k.
     *
     * @return the reserve
     */
    public static DsgReserve dsgReserve2019() {
        return DsgReserve.opening(FiscalYear.of(2019), DSG_DEFICIT_APRIL_2019.negated(), STATUTORY_OVERRIDE_END)
                .withCarryForwardsFrom(dsgSnapshot2019(6));
    }

    /**
     * The council's earmarked children's services reserves in a year of the dataset: the 1.1m placements-risk
     * reserve set up in 2019/20 (not needed, so still available in 2020/21) and the 934k passported to WCF in
     * 2020/21.
     *
     * @param year 2019/20 or 2020/21
     * @return the ledger
     */
    public static ReserveLedger reserves(FiscalYear year) {
        try (InputStream in = open("wcf-reserves.csv")) {
            return ReserveLedgerCsv.read("wcf-reserves.csv", in).orThrow().stream().filter(l -> l.year().equals(year))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("the embedded dataset has no reserves for " + year));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identifier of the published accounts. */
    public static final String ACCOUNTS = "wcf-2020-21-annual-accounts";

    /**
     * The company's accounts for 2019/20 (its first, part year) and 2020/21, 2020/21's retained earnings brought
     * forward rolled from 2019/20.
     *
     * @return the accounts, in year order
     */
    public static List<AnnualAccounts> accounts() {
        Map<FiscalYear, Map<String, Money>> lines = new LinkedHashMap<>();
        try (InputStream in = open("wcf-accounts.csv");
                CsvTable t = CsvTable.open("wcf-accounts.csv", in, List.of("year", "line", "amount_gbp"), List.of())) {
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

    /** Support services bought back from the council in the 2020/21 plan (Business Plan 2020/21, section 6): 7.2m. */
    public static final Money SUPPORT_SERVICES_2020 = Gbp.thousands(7200);

    /**
     * The 2020/21 monthly cashflow forecast: the agreed budget, opening at the cash at bank on 31 March 2020 in the
     * accounts (6,609,231), support services of 7.2m paid quarterly.
     *
     * @return the cashflow
     */
    public static Cashflow cashflow2020() {
        Money opening = accounts().stream().filter(a -> a.year().equals(FiscalYear.of(2019))).findFirst().orElseThrow().cash();
        return Cashflow.forecast(businessPlan2020(), opening, SUPPORT_SERVICES_2020);
    }

    /** @return the contract KPIs signed off in the service delivery contract (2019), by code */
    public static Map<String, Kpi> kpis() {
        try (InputStream in = open("wcf-contract-kpis.csv")) {
            return KpiCsv.readDefinitions("wcf-contract-kpis.csv", in).orThrow();
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
    public static PublishedTable published(String id) {
        String file = "published/" + id + ".csv";
        try (InputStream in = open(file)) {
            ReadResult<PublishedTable> r = PublishedTableCsv.read(id, id + ".csv", in);
            return r.orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates every published table the library covers from the model and compares each with the source.
     *
     * @param policy the rounding policy (the published tables are whole £000, half-up)
     * @return one check per table, in the source's order
     */
    public static List<TableCheck> checks(RoundingPolicy policy) {
        BudgetBook y2019 = contract2019();
        BudgetBook y2020 = businessPlan2020();
        List<TableCheck> checks = new ArrayList<>();
        checks.add(TableCheck.compare(BusinessPlanTables.table1(List.of(y2019, y2020)).round(policy),
                published(BusinessPlanTables.TABLE_1)));
        checks.add(TableCheck.compare(BusinessPlanTables.table2(y2020).round(policy),
                published(BusinessPlanTables.TABLE_2)));
        List<BudgetBook> table3Years = new ArrayList<>();
        table3Years.add(y2019);
        table3Years.addAll(plan2020().years());
        checks.add(TableCheck.compare(BusinessPlanTables.table3(table3Years).round(policy),
                published(BusinessPlanTables.TABLE_3)));
        checks.add(TableCheck.compare(BusinessPlanTables.table4(y2020).round(policy),
                published(BusinessPlanTables.TABLE_4)));
        checks.add(dsgReport2019P6().check(published(DSG_P6), policy));
        PublishedTable accounts = published(ACCOUNTS);
        PublishedTable statements = new PublishedTable(accounts.id(), accounts.source(), accounts.rows().stream()
                .filter(r -> !r.key().startsWith("income_from") && !r.key().equals("other_income") && !r.key().equals("total_turnover"))
                .toList(), accounts.notes());
        TableCheck a = TableCheck.compare(AnnualAccounts.table(accounts()).round(RoundingPolicy.POUNDS), statements);
        // retained earnings brought forward is an input the published statements do not print
        checks.add(new TableCheck(a.model(), a.published(), a.differences().stream()
                .filter(d -> !d.row().equals("retained_earnings_brought_forward")).toList()));
        return List.copyOf(checks);
    }

    private static InputStream open(String name) {
        InputStream in = WcfData.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("the embedded dataset file " + name + " is missing from the library jar");
        }
        return in;
    }
}
