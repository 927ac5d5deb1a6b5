package uk.org.wcf.finance.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;

import uk.org.wcf.finance.accounts.AnnualAccounts;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.cash.Cashflow;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The published WCF figures, shipped inside the library: the budget books they describe and the published
 * tables to check the model against. The calls are those of the one embedded {@link WcfDataset} (a constant: the
 * files in the library jar never change), which reads each file once, at its first use, and keeps what it read and
 * computed; the values returned are immutable. The same calls on a copy of the dataset with some files replaced are
 * {@link WcfDataset}'s.
 *
 * <pre>{@code
 * BudgetBook book = WcfData.businessPlan2020();
 * book.contractSum();   // GBP 114622000.00
 * }</pre>
 */
public final class WcfData {

    private WcfData() {
    }

    private static WcfDataset data() {
        return WcfDataset.embedded();
    }

    /** @return the budget books of the embedded dataset: the 2019/20 part-year and 2020/21 */
    public static List<BudgetBook> budgetBooks() {
        return data().budgetBooks();
    }

    /**
     * @param year a year of the dataset
     * @return its budget book
     */
    public static BudgetBook budgetBook(FiscalYear year) {
        return data().budgetBook(year);
    }

    /** @return the agreed 2020/21 budget book of the Business Plan 2020/21 */
    public static BudgetBook businessPlan2020() {
        return data().businessPlan2020();
    }

    /** @return the 6-month 2019/20 contract's budget book */
    public static BudgetBook contract2019() {
        return data().contract2019();
    }

    /** The name the plan gives to the part of each published change that the stated assumptions do not explain. */
    public static final String NOT_ITEMISED = "Other movements (not itemised in the source)";

    /**
     * The Business Plan 2020/21 three-year plan: the agreed 2020/21 book, the plan's stated assumptions (2% compounding
     * staffing inflation) and, per service and indicative year, one named "other movements (not itemised in the source)"
     * line for whatever the stated assumptions do not explain of the published Table 3 figure. The indicative years are
     * fitted to the published figures; the bridge shows how much of each published change the stated rule explains.
     *
     * @return the plan
     * @see WcfDataset#plan2020()
     */
    public static Plan plan2020() {
        return data().plan2020();
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
        return data().dsgSnapshot2019(period);
    }

    /** @return the Period 6 2019/20 DSG monitoring report, variance last period from the P5 snapshot */
    public static MonitoringReport dsgReport2019P6() {
        return data().dsgReport2019P6();
    }

    /**
     * The 2019/20 DSG reserve: a deficit of 633k at 1 April 2019, with the carry-forwards proposed at Period 6
     * (8,024k) moved in, so the forecast closing deficit is 633 + 8,024 = 8,657k.
     *
     * @return the reserve
     */
    public static DsgReserve dsgReserve2019() {
        return data().dsgReserve2019();
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
        return data().reserves(year);
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
        return data().accounts();
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
        return data().cashflow2020();
    }

    /** @return the contract KPIs signed off in the service delivery contract (2019), by code */
    public static Map<String, Kpi> kpis() {
        return data().kpis();
    }

    /**
     * A published table, as typed from the source.
     *
     * @param id the table's identifier, such as {@link BusinessPlanTables#TABLE_2}
     * @return the published table
     */
    public static PublishedTable published(String id) {
        return data().published(id);
    }

    /**
     * Regenerates every published table the library covers from the model and compares each with the source.
     *
     * @param policy the rounding policy (the published tables are whole £000, half-up)
     * @return one check per table, in the source's order
     */
    public static List<TableCheck> checks(RoundingPolicy policy) {
        return data().checks(policy);
    }
}
