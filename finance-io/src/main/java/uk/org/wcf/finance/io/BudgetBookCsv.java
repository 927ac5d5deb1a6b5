package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/**
 * Reads budget books from two CSV files.
 *
 * <p><b>Years file</b>, columns {@code year,first_month,last_month,status}: one row per year, e.g.
 * {@code 2019/20,2019-10,2020-03,agreed}; {@code status} is {@code agreed} or {@code indicative}.
 *
 * <p><b>Lines file</b>, columns {@code year,kind,ref,name,directorate,subjective_group,amount_gbp_thousands}
 * (or {@code amount_gbp} for pounds and pence), one budget figure per row:
 * <ul>
 *   <li>{@code expenditure}: {@code ref} and {@code name} of the service, its {@code directorate}, the
 *   {@code subjective_group} (staffing, premises, transport, other_non_staffing, not_analysed) and the gross
 *   budget, not negative;</li>
 *   <li>{@code income_outside_contract}: {@code name} of the income line and the amount, positive;</li>
 *   <li>{@code pass_through}: {@code ref} is the funding source code (such as {@code dedicated_schools_grant}),
 *   {@code name} its name, and the amount;</li>
 *   <li>{@code organisation} and {@code commissioner} (optional, at most one each a year, no amount): in
 *   {@code name}, the short name of the organisation whose budget it is and of the council commissioning it, such as
 *   {@code WCF} and {@code WCC}, which the tables' labels use ("WCC Gross Contract Sum"); a book that declares
 *   neither gets neutral labels ("Gross Contract Sum").</li>
 * </ul>
 * Amounts may use thousands separators and brackets for negatives (see {@link Amounts}). A year missing from
 * the years file, an unknown kind, group or source, a service whose name differs between rows, a duplicate
 * line and a negative amount are each a problem with file, line and column.
 */
public final class BudgetBookCsv {

    /** The kinds of row that declare whose book it is, rather than a figure. */
    private static final List<String> PARTY_KINDS = List.of("organisation", "commissioner");
    private static final List<String> YEAR_COLUMNS = List.of("year", "first_month", "last_month", "status");
    private static final List<String> LINE_COLUMNS = List.of("year", "kind", "ref", "name");
    private static final List<String> LINE_OPTIONAL = List.of("directorate", "subjective_group",
            "amount_gbp_thousands", "amount_gbp");

    private BudgetBookCsv() {
    }

    private record YearRow(FiscalYear year, MonthSpan span, BudgetStatus status) {
    }

    /**
     * Reads the books.
     *
     * @param yearsFile the years file's name, for problems
     * @param years the years file
     * @param linesFile the lines file's name, for problems
     * @param lines the lines file
     * @return one book per year, in the years file's order, and every problem in both files
     */
    public static ReadResult<List<BudgetBook>> read(String yearsFile, InputStream years, String linesFile,
            InputStream lines) {
        List<Problem> problems = new ArrayList<>();
        Map<FiscalYear, YearRow> yearRows = new LinkedHashMap<>();
        try (CsvTable t = CsvTable.open(yearsFile, years, YEAR_COLUMNS, List.of())) {
            ReadResult<List<YearRow>> r = t.readAll(row -> {
                FiscalYear y = row.parse("year", FiscalYear::parse);
                YearMonth first = row.parse("first_month", BudgetBookCsv::month);
                YearMonth last = row.parse("last_month", BudgetBookCsv::month);
                BudgetStatus status = row.parse("status", BudgetBookCsv::status);
                if (!row.ok()) {
                    return null;
                }
                MonthSpan span;
                try {
                    span = MonthSpan.of(first, last);
                    if (!y.months().contains(first) || !y.months().contains(last)) {
                        row.fail("last_month", "the months " + span + " are not all within " + y);
                        return null;
                    }
                } catch (FinanceRuleException e) {
                    row.fail("last_month", e.getMessage());
                    return null;
                }
                if (yearRows.containsKey(y)) {
                    row.fail("year", "the year " + y + " is listed twice");
                    return null;
                }
                YearRow yr = new YearRow(y, span, status);
                yearRows.put(y, yr);
                return yr;
            });
            problems.addAll(r.problems());
        }
        Map<FiscalYear, BudgetBook.Builder> builders = new LinkedHashMap<>();
        yearRows.values().forEach(y -> builders.put(y.year(), BudgetBook.builder(y.year()).span(y.span())
                .status(y.status())));
        return readLines(Optional.of(yearsFile), linesFile, lines, builders, problems);
    }

    /**
     * Reads a lines file alone, as {@code --book FILE.csv} does: each year the file names is a full year (April to
     * March) and agreed. A part year or an indicative book needs the years file ({@link #read(String, InputStream,
     * String, InputStream)}) or a YAML, JSON or XLSX book.
     *
     * @param linesFile the lines file's name, for problems
     * @param lines the lines file
     * @return one book per year, in the order the years first appear, and every problem
     */
    public static ReadResult<List<BudgetBook>> readLines(String linesFile, InputStream lines) {
        return readLines(Optional.empty(), linesFile, lines, new LinkedHashMap<>(), new ArrayList<>());
    }

    /** @param yearsFile the years file; empty when each year is a full agreed year made on first sight */
    private static ReadResult<List<BudgetBook>> readLines(Optional<String> yearsFile, String linesFile, InputStream lines,
            Map<FiscalYear, BudgetBook.Builder> builders, List<Problem> problems) {
        Map<String, Service> services = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<FiscalYear, String[]> parties = new HashMap<>();
        try (CsvTable t = CsvTable.open(linesFile, lines, LINE_COLUMNS, LINE_OPTIONAL)) {
            boolean thousands = t.header().contains("amount_gbp_thousands");
            String amountColumn = thousands ? "amount_gbp_thousands" : "amount_gbp";
            if (!t.header().isEmpty() && !t.header().contains(amountColumn)) {
                problems.add(Problem.ofLine(linesFile, 1, "the header needs an amount column: amount_gbp_thousands or amount_gbp"));
            }
            Amounts.Unit unit = thousands ? Amounts.Unit.THOUSANDS : Amounts.Unit.POUNDS;
            ReadResult<List<Object>> r = t.readAll(row -> {
                FiscalYear y = row.parse("year", FiscalYear::parse);
                String kind = row.required("kind");
                int party = kind == null ? -1 : PARTY_KINDS.indexOf(kind.toLowerCase(Locale.ROOT));
                Money amount = party >= 0 ? null : row.amount(amountColumn, unit);
                if (!row.ok()) {
                    return null;
                }
                BudgetBook.Builder b = yearsFile.isEmpty()
                        ? builders.computeIfAbsent(y, k -> BudgetBook.builder(k).span(k.months()).status(BudgetStatus.AGREED))
                        : builders.get(y);
                if (b == null) {
                    row.fail("year", "the year " + y + " is not in " + yearsFile.get() + "; add it there first");
                    return null;
                }
                if (party >= 0) {
                    String name = row.required("name");
                    if (name == null) {
                        return null;
                    }
                    if (row.has(amountColumn)) {
                        row.fail(amountColumn, "an " + PARTY_KINDS.get(party) + " row names the " + PARTY_KINDS.get(party)
                                + " and has no amount");
                        return null;
                    }
                    if (duplicate(row, seen, y + "/" + PARTY_KINDS.get(party), "kind")) {
                        return null;
                    }
                    parties.computeIfAbsent(y, k -> new String[2])[party] = name;
                    return name;
                }
                if (amount.isNegative()) {
                    row.fail(amountColumn, amountColumn + " is " + amount.getAmount().toPlainString()
                            + ": a budget, income or funding line may not be negative");
                    return null;
                }
                String key;
                try {
                    switch (kind.toLowerCase(Locale.ROOT)) {
                        case "expenditure" -> {
                            Service s = service(row, services);
                            SubjectiveGroup g = row.parse("subjective_group", SubjectiveGroup::standard);
                            if (s == null || g == null) {
                                return null;
                            }
                            key = y + "/expenditure/" + s.ref() + "/" + g.code();
                            if (duplicate(row, seen, key, "subjective_group")) {
                                return null;
                            }
                            b.line(CostLine.of(s, g), amount);
                        }
                        case "income_outside_contract" -> {
                            String name = row.required("name");
                            key = y + "/income/" + name;
                            if (name == null || duplicate(row, seen, key, "name")) {
                                return null;
                            }
                            b.incomeOutsideContract(name, amount);
                        }
                        case "pass_through" -> {
                            String code = row.required("ref");
                            if (code == null) {
                                return null;
                            }
                            FundingSource src = FundingSource.standard(code);
                            key = y + "/funding/" + src.code();
                            if (duplicate(row, seen, key, "ref")) {
                                return null;
                            }
                            b.passThrough(src, amount);
                        }
                        default -> {
                            row.fail("kind", "unknown kind '" + kind
                                    + "'; a line is expenditure, income_outside_contract, pass_through, organisation or "
                                    + "commissioner");
                            return null;
                        }
                    }
                } catch (FinanceRuleException e) {
                    row.fail("ref", e.getMessage());
                    return null;
                }
                return key;
            });
            problems.addAll(r.problems());
        }
        List<BudgetBook> books = new ArrayList<>();
        for (var e : builders.entrySet()) {
            try {
                String[] p = parties.get(e.getKey());
                if (p != null) {
                    e.getValue().parties(new BudgetBook.Parties(p[0], p[1]));
                }
                books.add(e.getValue().build());
            } catch (FinanceRuleException ex) {
                problems.add(Problem.ofFile(linesFile, e.getKey() + ": " + ex.getMessage()));
            }
        }
        return ReadResult.of(books, problems);
    }

    private static boolean duplicate(CsvTable.Row row, Map<String, Long> seen, String key, String column) {
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            row.fail(column, "duplicate line: the same figure was given on line " + first
                    + "; give each line once, or add the amounts together");
            return true;
        }
        return false;
    }

    private static Service service(CsvTable.Row row, Map<String, Service> services) {
        String ref = row.required("ref");
        String name = row.required("name");
        if (ref == null || name == null) {
            return null;
        }
        String directorate = row.text("directorate").isEmpty() ? name : row.text("directorate");
        Service s = Service.of(ref, name, Directorate.named(directorate));
        Service known = services.putIfAbsent(ref, s);
        if (known != null && !known.equals(s)) {
            row.fail("name", "service " + ref + " is '" + name + "' (" + directorate + ") here but '" + known.name()
                    + "' (" + known.directorate().name() + ") on an earlier line; a service has one name");
            return null;
        }
        return s;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month; write it as 2020-04");
        }
    }

    private static BudgetStatus status(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "agreed" -> BudgetStatus.AGREED;
            case "indicative" -> BudgetStatus.INDICATIVE;
            default -> throw new IllegalArgumentException("status is '" + text + "'; it is agreed or indicative");
        };
    }

    /**
     * Writes the lines file of books (amounts in pounds and pence, column {@code amount_gbp}; a book's organisation
     * and commissioner, when it declares them, first); read it back alone or with a years file naming the same years.
     *
     * @param books the books
     * @return the CSV text
     */
    public static String writeLines(List<BudgetBook> books) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("year", "kind", "ref", "name", "directorate",
                "subjective_group", "amount_gbp")));
        for (BudgetBook b : books) {
            String y = b.year().toString();
            List<String> names = List.of(b.parties().organisation(), b.parties().commissioner());
            for (int i = 0; i < PARTY_KINDS.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    sb.append(Csv.line(List.of(y, PARTY_KINDS.get(i), "", names.get(i), "", "", "")));
                }
            }
            b.lines().forEach(l -> sb.append(Csv.line(List.of(y, "expenditure", l.line().service().ref(),
                    l.line().service().name(), l.line().service().directorate().name(), l.line().group().code(),
                    l.amount().getAmount().toPlainString()))));
            b.incomeOutsideContract().forEach(i -> sb.append(Csv.line(List.of(y, "income_outside_contract", "", i.name(),
                    "", "", i.amount().getAmount().toPlainString()))));
            b.passThrough().forEach(f -> sb.append(Csv.line(List.of(y, "pass_through", f.source().code(),
                    f.source().name(), "", "", f.amount().getAmount().toPlainString()))));
        }
        return sb.toString();
    }

    /**
     * Writes the years file of books.
     *
     * @param books the books
     * @return the CSV text
     */
    public static String writeYears(List<BudgetBook> books) {
        StringBuilder sb = new StringBuilder(Csv.line(YEAR_COLUMNS));
        books.forEach(b -> sb.append(Csv.line(List.of(b.year().toString(), b.span().first().toString(),
                b.span().last().toString(), b.status().name().toLowerCase(Locale.ROOT)))));
        return sb.toString();
    }
}
