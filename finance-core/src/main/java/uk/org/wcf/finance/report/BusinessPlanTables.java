package uk.org.wcf.finance.report;

import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The Business Plan 2020/21 (section 6) tables, computed from budget books. Row and column keys match the
 * published reference CSVs, so each table can be checked against the source with {@link TableCheck}. Labels name
 * the organisation and commissioner the book declares ({@link BudgetBook.Parties}: WCF and WCC for the embedded
 * dataset, as published), and are neutral for a book that declares none ("Gross Contract Sum").
 */
public final class BusinessPlanTables {

    /** Identifier of Table 1, agreed contract sums. */
    public static final String TABLE_1 = "bp2020-table1-contract-sums";
    /** Identifier of Table 2, recurrent operating costs. */
    public static final String TABLE_2 = "bp2020-table2-recurrent-operating-costs-2020-21";
    /** Identifier of Table 3, gross expenditure over time. */
    public static final String TABLE_3 = "bp2020-table3-gross-expenditure-over-time";
    /** Identifier of Table 4, funding reconciliation. */
    public static final String TABLE_4 = "bp2020-table4-funding-reconciliation-2020-21";

    private BusinessPlanTables() {
    }

    /**
     * Table 1: net budget funded by the commissioner (WCC) + funding added to the contract = total contract sum,
     * one column per book.
     *
     * @param books the years, in order (the 2019/20 part-year and 2020/21 in the source)
     * @return the table
     */
    public static FigureTable table1(List<BudgetBook> books) {
        String by = books.isEmpty() ? "" : books.get(0).parties().commissioner();
        FigureTable.Builder b = FigureTable.builder(TABLE_1, "Table 1: Agreed " + (by.isEmpty() ? "" : by + " ") + "Contract Sums");
        for (BudgetBook book : books) {
            b.column(columnKey(book, true), book.year() + (book.span().isFullYear() ? " Full Year"
                    : " " + book.span().months() + " months"));
        }
        b.row("net_budget_funded_by_wcc", "", "Net Budget funded by " + (by.isEmpty() ? "the Council" : by),
                books, BudgetBook::councilBaseBudget);
        b.row("funding_added_to_contract_grants_income_reserves", "",
                "Funding added to contract (Grants / Income / Reserves)", books, BudgetBook::passThroughTotal);
        b.derivedRow("total", "", "Total",
                List.of(Term.plus("net_budget_funded_by_wcc"), Term.plus("funding_added_to_contract_grants_income_reserves")),
                books, BudgetBook::contractSum);
        return b.build();
    }

    /**
     * Table 2: gross budget by service x subjective group, with row and column totals.
     *
     * @param book the year
     * @return the table
     */
    public static FigureTable table2(BudgetBook book) {
        FigureTable.Builder b = FigureTable.builder(TABLE_2, "Table 2: Recurrent operating costs "
                + of(book.parties().organisation()) + "(" + book.year() + ")");
        List<SubjectiveGroup> groups = book.groups();
        List<Term> parts = new ArrayList<>();
        for (SubjectiveGroup g : groups) {
            b.column(g.code(), g.name());
            parts.add(Term.plus(g.code()));
        }
        b.totalColumn("total_gross_expenditure", "Total Gross Expenditure", parts.toArray(Term[]::new));
        for (Service s : book.services()) {
            b.row(s.ref(), s.ref(), s.name(), groups, g -> book.grossOf(s, g));
        }
        String totalRef = totalRef(book.services());
        return b.totalOfRows(totalRef, totalRef, "Total Gross Expenditure").build();
    }

    /**
     * Table 3: gross expenditure by service over several years, one column per book.
     *
     * @param books the years, in order
     * @return the table
     */
    public static FigureTable table3(List<BudgetBook> books) {
        String org = books.isEmpty() ? "" : books.get(0).parties().organisation();
        FigureTable.Builder b = FigureTable.builder(TABLE_3, "Table 3: Gross Expenditure" + (org.isEmpty() ? "" : " " + org)
                + ", over time");
        for (BudgetBook book : books) {
            b.column(columnKey(book, false), book.year() + " " + (!book.span().isFullYear() ? "(Part-year contract)"
                    : book.status() == BudgetStatus.AGREED ? "Budget" : "Indicative"));
        }
        List<Service> services = books.get(0).services();
        for (Service s : services) {
            b.row(s.ref(), s.ref(), s.name(), books, k -> k.grossOf(k.service(s.ref())));
        }
        String totalRef = totalRef(services);
        return b.totalOfRows(totalRef, totalRef, "Total Gross Expenditure").build();
    }

    /**
     * Table 4: gross expenditure to council base budget, through income outside the contract and the funding
     * passed through the council.
     *
     * @param book the year
     * @return the table
     */
    public static FigureTable table4(BudgetBook book) {
        String gross = "gross_expenditure_" + yearKey(book.year());
        String fees = "non_wcc_sales_fees_and_charges";
        String contract = "wcc_gross_contract_sum";
        String passTotal = "total_non_base_budget_funding_passed_through_council";
        FigureTable.Builder b = FigureTable.builder(TABLE_4,
                "Table 4: " + book.year() + " Funding Sources and Contract Funding Reconciliation")
                .column("amount", "£000");
        b.row(gross, "", book.year() + " Gross Expenditure", book.grossExpenditure());
        String by = book.parties().commissioner();
        b.row(fees, "", (by.isEmpty() ? "Other" : "Non-" + by) + " Sales, Fees and Charges", book.incomeOutsideContractTotal());
        b.derivedRow(contract, "", of(by) + "Gross Contract Sum", List.of(Term.plus(gross), Term.minus(fees)),
                book.contractSum());
        List<Term> sources = new ArrayList<>();
        List<FundingSource> listed = new ArrayList<>(FundingSource.PUBLISHED);
        book.passThrough().forEach(f -> {
            if (!listed.contains(f.source())) {
                listed.add(f.source());
            }
        });
        for (FundingSource s : listed) {
            b.row(s.code(), "", s.name(), book.passThroughOf(s));
            sources.add(Term.plus(s.code()));
        }
        b.derivedRow(passTotal, "", "Total non-base budget funding passed through Council", sources,
                book.passThroughTotal());
        b.derivedRow("total_external_funding", "", "Total External Funding",
                List.of(Term.plus(fees), Term.plus(passTotal)), book.externalFunding());
        b.derivedRow("council_base_budget", "", "Council Base Budget", List.of(Term.plus(contract), Term.minus(passTotal)),
                book.councilBaseBudget());
        return b.build();
    }

    /**
     * The key a year's column has in the published CSVs: {@code fy2020_21_full_year}, {@code fy2019_20_6_months}
     * (Table 1) or {@code fy2020_21_budget}, {@code fy2019_20_part_year}, {@code fy2021_22_indicative} (Table 3).
     */
    private static String columnKey(BudgetBook book, boolean table1) {
        String y = "fy" + yearKey(book.year());
        if (table1) {
            return y + (book.span().isFullYear() ? "_full_year" : "_" + book.span().months() + "_months");
        }
        if (!book.span().isFullYear()) {
            return y + "_part_year";
        }
        return y + (book.status() == BudgetStatus.AGREED ? "_budget" : "_indicative");
    }

    /** A name and a space before the next word, or nothing for a book that declares none. */
    private static String of(String name) {
        return name.isEmpty() ? "" : name + " ";
    }

    private static String yearKey(FiscalYear year) {
        return year.toString().replace('/', '_');
    }

    /** The published total row takes the letter after the last service's (F after A to E). */
    private static String totalRef(List<Service> services) {
        String last = services.isEmpty() ? "" : services.get(services.size() - 1).ref();
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0)) && last.charAt(0) < 'Z') {
            return String.valueOf((char) (last.charAt(0) + 1));
        }
        return "TOTAL";
    }
}
