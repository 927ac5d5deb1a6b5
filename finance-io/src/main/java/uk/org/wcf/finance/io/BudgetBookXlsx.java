package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

// Over 400 lines: it reads and writes one workbook layout (declarations, header found by name, lines,
// funding sheet), and reading and writing share the layout's labels and columns.
/**
 * A budget book as a finance team keeps it in an Excel workbook (.xlsx). The workbook is untrusted input: it is
 * opened through {@link UntrustedXlsx} (macro-enabled files, binary parts, external links and every link to
 * outside the workbook, data connections and zip bombs are refused, before POI parses it) and no formula is ever evaluated: a formula where a value belongs is refused with its cell.
 *
 * <p><b>Sheet {@code Budget}</b> (required). At the top, the declarations, a label in column A and its value in
 * column B, one a row:
 * <ul>
 *   <li>{@code Year}: the financial year, {@code 2021/22} (required);</li>
 *   <li>{@code Unit}: {@code £000} (or {@code thousands}) or {@code pounds} (or {@code £}): the unit of every
 *   amount in the workbook (required: a workbook says its unit, it is never guessed);</li>
 *   <li>{@code Status}: {@code agreed} (the default) or {@code indicative};</li>
 *   <li>{@code First month}, {@code Last month}: the months the book covers, as {@code 2021-04} or a date cell
 *   (default: the whole year);</li>
 *   <li>{@code Organisation}, {@code Commissioner} (optional): the short names of the organisation whose budget it is
 *   and of the council commissioning it, such as {@code WCF} and {@code WCC}, which the tables' labels use ("WCC
 *   Gross Contract Sum"); a book that declares neither gets neutral labels ("Gross Contract Sum").</li>
 * </ul>
 * Then the header row of the lines, naming its columns in any order: {@code Service ref}, {@code Service},
 * {@code Subjective group} and {@code Amount} (required), {@code Directorate} and {@code Detail} (optional; a
 * service without a directorate is its own). Each row below is one line: a service's gross budget in a subjective
 * group ({@code staffing}, {@code premises}, {@code transport}, {@code other_non_staffing}, {@code not_analysed},
 * or their names such as {@code Other non-staffing}), not negative. Empty rows are skipped. The sheet holds lines
 * only: the tool computes the totals, so a total row (or any formula) is refused.
 *
 * <p><b>Sheet {@code Funding}</b> (optional): a header row of {@code Kind}, {@code Source}, {@code Name} and
 * {@code Amount}; each row is {@code income outside contract} (with its {@code Name}) or {@code pass-through}
 * (with its {@code Source} code, such as {@code dedicated_schools_grant}, and optional {@code Name}), in the unit
 * declared on {@code Budget}.
 *
 * <p>Sheet names and labels are matched ignoring case and surrounding spaces; other sheets are not read. Amounts
 * are number cells, or text in the library's amount grammar ({@code 1,234.56}, {@code (975)}). Every problem names
 * the workbook, sheet and cell: {@code budget.xlsx, sheet Budget, cell D14: '12k' is not an amount; write it as
 * 1234.56, 1,234.56, -975 or (975)}. {@link #write} writes this layout (in pounds), which {@link #read} reads back.
 */
public final class BudgetBookXlsx {

    /** The sheet of declarations and lines. */
    public static final String BUDGET_SHEET = "Budget";
    /** The sheet of income and funding lines. */
    public static final String FUNDING_SHEET = "Funding";

    private static final List<String> DECLARATIONS = List.of("year", "unit", "status", "first month", "last month",
            "organisation", "commissioner");
    private static final List<String> LINE_REQUIRED = List.of("service ref", "service", "subjective group", "amount");
    private static final List<String> LINE_OPTIONAL = List.of("directorate", "detail");
    private static final List<String> FUNDING_COLUMNS = List.of("kind", "source", "name", "amount");

    private BudgetBookXlsx() {
    }

    /**
     * Reads a workbook.
     *
     * @param path the .xlsx file
     * @return the book (empty when there were problems) and every problem, each at workbook, sheet and cell
     * @throws InvalidInputException when the workbook itself is refused (see {@link UntrustedXlsx})
     */
    public static ReadResult<BudgetBook> read(Path path) {
        try (UntrustedXlsx x = UntrustedXlsx.open(path)) {
            return new Reader(x).read();
        }
    }

    private static final class Reader {
        private final UntrustedXlsx x;
        private final List<Problem> problems = new ArrayList<>();

        Reader(UntrustedXlsx x) {
            this.x = x;
        }

        private Sheet sheet(String name, boolean required) {
            XSSFWorkbook wb = x.workbook();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.getSheetName(i).strip().equalsIgnoreCase(name)) {
                    return wb.getSheetAt(i);
                }
            }
            if (required) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                problems.add(Problem.ofFile(x.name(), "has no sheet " + name + " (its sheets are " + names
                        + "); the budget lines go on a sheet named " + name));
            }
            return null;
        }

        /** The cell's text, or null with the problem recorded. */
        private String text(Cell c) {
            try {
                return x.text(c);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        private Money amount(Cell c, Amounts.Unit unit) {
            try {
                return x.amount(c, unit);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        /** Empty without reading the cell's value (so a formula there is named once, by {@link #amount}). */
        private static boolean empty(Cell c) {
            return c == null || c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK
                    || c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().isBlank();
        }

        private static String label(String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
        }

        private static boolean blank(Row r) {
            if (r == null) {
                return true;
            }
            for (Cell c : r) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK
                        && !(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        /** The header's columns by name, or null with problems recorded. */
        private Map<String, Integer> header(Row r, List<String> required, List<String> optional) {
            Map<String, Integer> cols = new HashMap<>();
            boolean ok = true;
            for (Cell c : r) {
                String t = text(c);
                if (t == null) {
                    ok = false;
                    continue;
                }
                if (t.isEmpty()) {
                    continue;
                }
                String l = label(t);
                if (!required.contains(l) && !optional.contains(l)) {
                    problems.add(x.problem(c, "column '" + t + "' is not one this sheet has; its columns are "
                            + String.join(", ", required) + (optional.isEmpty() ? "" : ", optionally "
                                    + String.join(", ", optional))));
                    ok = false;
                } else if (cols.putIfAbsent(l, c.getColumnIndex()) != null) {
                    problems.add(x.problem(c, "column '" + t + "' is given twice"));
                    ok = false;
                }
            }
            for (String q : required) {
                if (!cols.containsKey(q)) {
                    problems.add(x.problem(r.getSheet().getSheetName(), r.getRowNum(), 0, "the header row has no column '"
                            + q + "'; it needs " + String.join(", ", required)));
                    ok = false;
                }
            }
            return ok ? cols : null;
        }

        ReadResult<BudgetBook> read() {
            Sheet budget = sheet(BUDGET_SHEET, true);
            if (budget == null) {
                return ReadResult.failed(problems);
            }
            String sheetName = budget.getSheetName();
            Map<String, Cell> declared = new LinkedHashMap<>();
            Row headerRow = null;
            int last = budget.getLastRowNum();
            int r = budget.getFirstRowNum();
            for (; r <= last && r >= 0; r++) {
                Row row = budget.getRow(r);
                if (blank(row)) {
                    continue;
                }
                String a = text(row.getCell(0));
                if (a == null) {
                    continue;
                }
                String l = label(a);
                if (DECLARATIONS.contains(l)) {
                    if (declared.containsKey(l)) {
                        problems.add(x.problem(row.getCell(0), a + " is declared twice"));
                    }
                    Cell v = row.getCell(1);
                    declared.put(l, v == null ? row.createCell(1) : v);
                    continue;
                }
                headerRow = row;
                break;
            }
            FiscalYear year = null;
            Cell yc = declared.get("year");
            if (yc == null) {
                problems.add(x.problem(sheetName, budget.getFirstRowNum() < 0 ? 0 : budget.getFirstRowNum(), 0,
                        "no Year declared: put 'Year' in column A and the year (such as 2021/22) in column B, above "
                                + "the lines"));
            } else {
                String t = text(yc);
                if (t != null) {
                    try {
                        year = FiscalYear.parse(t);
                    } catch (RuntimeException e) {
                        problems.add(x.problem(yc, "'" + t + "' is not a financial year; write it as 2021/22"));
                    }
                }
            }
            Amounts.Unit unit = null;
            Cell uc = declared.get("unit");
            if (uc == null) {
                problems.add(x.problem(sheetName, 0, 0, "no Unit declared: put 'Unit' in column A and £000 or "
                        + "pounds in column B, above the lines"));
            } else {
                String t = text(uc);
                if (t != null) {
                    switch (t.toLowerCase(Locale.ROOT)) {
                        case "£000", "£'000", "£k", "thousands", "£ thousands" -> unit = Amounts.Unit.THOUSANDS;
                        case "£", "pounds", "£ pounds", "gbp", "pounds and pence" -> unit = Amounts.Unit.POUNDS;
                        default -> problems.add(x.problem(uc, "unit is '" + t + "': it is £000 or pounds"));
                    }
                }
            }
            BudgetStatus status = BudgetStatus.AGREED;
            Cell sc = declared.get("status");
            if (sc != null) {
                String t = text(sc);
                if (t != null && !t.isEmpty()) {
                    switch (t.toLowerCase(Locale.ROOT)) {
                        case "agreed" -> status = BudgetStatus.AGREED;
                        case "indicative" -> status = BudgetStatus.INDICATIVE;
                        default -> problems.add(x.problem(sc, "status is '" + t + "': it is agreed or indicative"));
                    }
                }
            }
            YearMonth first = month(declared.get("first month"));
            YearMonth lastMonth = month(declared.get("last month"));
            if (headerRow == null) {
                problems.add(x.problem(sheetName, Math.max(0, last + 1), 0, "no header row of lines below the "
                        + "declarations; it names " + String.join(", ", LINE_REQUIRED)));
                return ReadResult.failed(problems);
            }
            Map<String, Integer> cols = header(headerRow, LINE_REQUIRED, LINE_OPTIONAL);
            if (cols == null || year == null || unit == null) {
                return ReadResult.failed(problems);
            }
            BudgetBook.Builder b = BudgetBook.builder(year).status(status);
            String organisation = declared.containsKey("organisation") ? text(declared.get("organisation")) : null;
            String commissioner = declared.containsKey("commissioner") ? text(declared.get("commissioner")) : null;
            b.parties(new BudgetBook.Parties(organisation, commissioner));
            Map<String, Service> services = new LinkedHashMap<>();
            Map<String, String> seen = new HashMap<>();
            for (r = headerRow.getRowNum() + 1; r <= last; r++) {
                Row row = budget.getRow(r);
                if (blank(row)) {
                    continue;
                }
                String ref = required(row, cols.get("service ref"), "a service reference");
                String name = required(row, cols.get("service"), "the service's name");
                String groupText = required(row, cols.get("subjective group"), "a subjective group");
                Cell ac = row.getCell(cols.get("amount"));
                String dir = cols.containsKey("directorate") ? text(row.getCell(cols.get("directorate"))) : "";
                String detail = cols.containsKey("detail") ? text(row.getCell(cols.get("detail"))) : "";
                Money amount = null;
                if (empty(ac)) {
                    problems.add(x.problem(sheetName, r, cols.get("amount"), "the amount is empty; every line has one"));
                } else {
                    amount = amount(ac, unit);
                }
                SubjectiveGroup g = groupText == null ? null : group(row.getCell(cols.get("subjective group")), groupText);
                if (ref == null || name == null || g == null || amount == null || dir == null || detail == null) {
                    continue;
                }
                if (amount.isNegative()) {
                    problems.add(x.problem(ac, "the amount is " + amount.getAmount().toPlainString()
                            + ": a budget line may not be negative"));
                    continue;
                }
                try {
                    Service s = Service.of(ref, name, Directorate.named(dir.isEmpty() ? name : dir));
                    Service known = services.putIfAbsent(ref, s);
                    if (known != null && !known.equals(s)) {
                        problems.add(x.problem(row.getCell(cols.get("service")), "service " + ref + " is '" + name
                                + "' here but '" + known.name() + "' (" + known.directorate().name()
                                + ") on an earlier row; a service has one name and directorate"));
                        continue;
                    }
                    String key = ref + "/" + g.code() + "/" + detail;
                    String at = new org.apache.poi.ss.util.CellReference(r, 0).formatAsString(false);
                    String before = seen.putIfAbsent(key, at);
                    if (before != null) {
                        problems.add(x.problem(ac, "duplicate line: " + ref + " " + g.code()
                                + (detail.isEmpty() ? "" : " " + detail) + " is also on row "
                                + before.replaceAll("[A-Z]", "") + "; give each line once, or add the amounts together"));
                        continue;
                    }
                    b.line(CostLine.of(s, g, detail), amount);
                } catch (FinanceRuleException e) {
                    problems.add(x.problem(sheetName, r, cols.get("service ref"), e.getMessage()));
                }
            }
            readFunding(b, unit);
            if (!problems.isEmpty()) {
                return ReadResult.failed(problems);
            }
            try {
                if (first != null || lastMonth != null) {
                    b.span(uk.org.wcf.finance.time.MonthSpan.of(first == null ? year.months().first() : first,
                            lastMonth == null ? year.months().last() : lastMonth));
                }
                return ReadResult.of(b.build(), problems);
            } catch (FinanceRuleException e) {
                problems.add(Problem.ofWorkbook(x.name(), sheetName, "", e.getMessage()));
                return ReadResult.failed(problems);
            }
        }

        private void readFunding(BudgetBook.Builder b, Amounts.Unit unit) {
            Sheet f = sheet(FUNDING_SHEET, false);
            if (f == null) {
                return;
            }
            int r = f.getFirstRowNum();
            int last = f.getLastRowNum();
            while (r >= 0 && r <= last && blank(f.getRow(r))) {
                r++;
            }
            if (r < 0 || r > last) {
                return;
            }
            Map<String, Integer> cols = header(f.getRow(r), FUNDING_COLUMNS, List.of());
            if (cols == null) {
                return;
            }
            Map<String, String> seen = new HashMap<>();
            for (r = r + 1; r <= last; r++) {
                Row row = f.getRow(r);
                if (blank(row)) {
                    continue;
                }
                String kind = required(row, cols.get("kind"), "a kind (income outside contract or pass-through)");
                String source = text(row.getCell(cols.get("source")));
                String name = text(row.getCell(cols.get("name")));
                Cell ac = row.getCell(cols.get("amount"));
                Money amount = null;
                if (empty(ac)) {
                    problems.add(x.problem(f.getSheetName(), r, cols.get("amount"), "the amount is empty; every line has one"));
                } else {
                    amount = amount(ac, unit);
                }
                if (kind == null || source == null || name == null || amount == null) {
                    continue;
                }
                if (amount.isNegative()) {
                    problems.add(x.problem(ac, "the amount is " + amount.getAmount().toPlainString()
                            + ": an income or funding line may not be negative"));
                    continue;
                }
                String k = kind.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
                try {
                    if (k.equals("income outside contract")) {
                        if (name.isEmpty()) {
                            problems.add(x.problem(f.getSheetName(), r, cols.get("name"), "an income line needs a name"));
                        } else if (seen.putIfAbsent("income/" + name, "") != null) {
                            problems.add(x.problem(f.getSheetName(), r, cols.get("name"), "duplicate line: the income '"
                                    + name + "' is given twice; give it once"));
                        } else {
                            b.incomeOutsideContract(name, amount);
                        }
                    } else if (k.equals("pass through")) {
                        if (source.isEmpty()) {
                            problems.add(x.problem(f.getSheetName(), r, cols.get("source"), "a pass-through line needs "
                                    + "its source code, such as dedicated_schools_grant"));
                            continue;
                        }
                        boolean standard = FundingSource.PUBLISHED.stream().anyMatch(p -> p.code().equals(source))
                                || FundingSource.NOT_ITEMISED.code().equals(source);
                        FundingSource src = standard ? FundingSource.standard(source)
                                : FundingSource.of(source, name.isEmpty() ? source : name);
                        if (seen.putIfAbsent("funding/" + src.code(), "") != null) {
                            problems.add(x.problem(f.getSheetName(), r, cols.get("source"), "duplicate line: the source '"
                                    + source + "' is given twice; give it once"));
                        } else {
                            b.passThrough(src, amount);
                        }
                    } else {
                        problems.add(x.problem(row.getCell(cols.get("kind")), "kind is '" + kind
                                + "': it is income outside contract or pass-through"));
                    }
                } catch (FinanceRuleException e) {
                    problems.add(x.problem(f.getSheetName(), r, cols.get("source"), e.getMessage()));
                }
            }
        }

        private String required(Row row, int col, String what) {
            Cell c = row.getCell(col);
            String t = text(c);
            if (t != null && t.isEmpty()) {
                problems.add(x.problem(row.getSheet().getSheetName(), row.getRowNum(), col, "empty; the line needs "
                        + what));
                return null;
            }
            return t;
        }

        private SubjectiveGroup group(Cell c, String t) {
            String code = t.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                return SubjectiveGroup.standard(code);
            } catch (FinanceRuleException e) {
                problems.add(x.problem(c, "subjective group '" + t + "' is unknown; it is one of staffing, premises, "
                        + "transport, other_non_staffing, not_analysed"));
                return null;
            }
        }

        private YearMonth month(Cell c) {
            if (c == null) {
                return null;
            }
            Optional<java.time.LocalDate> d = x.dateValue(c);
            if (d.isPresent()) {
                return YearMonth.from(d.get());
            }
            String t = text(c);
            if (t == null || t.isEmpty()) {
                return null;
            }
            try {
                return YearMonth.parse(t);
            } catch (DateTimeParseException e) {
                problems.add(x.problem(c, "'" + t + "' is not a month; write it as 2021-04"));
                return null;
            }
        }
    }

    /**
     * Writes a book in the layout {@link #read} reads, amounts in pounds and pence as number cells.
     *
     * @param book the book
     * @param out where to write (not closed)
     * @throws IOException when the bytes cannot be written
     */
    public static void write(BudgetBook book, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet s = wb.createSheet(BUDGET_SHEET);
            int r = 0;
            r = pair(s, r, "Year", book.year().toString());
            r = pair(s, r, "Unit", "pounds");
            r = pair(s, r, "Status", book.status().name().toLowerCase(Locale.ROOT));
            r = pair(s, r, "First month", book.span().first().toString());
            r = pair(s, r, "Last month", book.span().last().toString());
            if (!book.parties().organisation().isEmpty()) {
                r = pair(s, r, "Organisation", book.parties().organisation());
            }
            if (!book.parties().commissioner().isEmpty()) {
                r = pair(s, r, "Commissioner", book.parties().commissioner());
            }
            r++;
            row(s.createRow(r++), "Service ref", "Service", "Directorate", "Subjective group", "Detail", "Amount");
            for (var l : book.lines()) {
                Row row = s.createRow(r++);
                Service sv = l.line().service();
                row(row, sv.ref(), sv.name(), sv.directorate().name(), l.line().group().code(), l.line().detail());
                Cell c = row.createCell(5);
                c.setCellValue(l.amount().getAmount().doubleValue());
                c.setCellStyle(money);
            }
            for (int i = 0; i < 6; i++) {
                s.setColumnWidth(i, (i == 1 || i == 2 ? 36 : 18) * 256);
            }
            Sheet f = wb.createSheet(FUNDING_SHEET);
            r = 0;
            row(f.createRow(r++), "Kind", "Source", "Name", "Amount");
            for (var i : book.incomeOutsideContract()) {
                Row row = f.createRow(r++);
                row(row, "income outside contract", "", i.name());
                Cell c = row.createCell(3);
                c.setCellValue(i.amount().getAmount().doubleValue());
                c.setCellStyle(money);
            }
            for (var p : book.passThrough()) {
                Row row = f.createRow(r++);
                row(row, "pass-through", p.source().code(), p.source().name());
                Cell c = row.createCell(3);
                c.setCellValue(p.amount().getAmount().doubleValue());
                c.setCellStyle(money);
            }
            for (int i = 0; i < 4; i++) {
                f.setColumnWidth(i, (i == 2 ? 40 : 24) * 256);
            }
            wb.write(out);
        }
    }

    private static int pair(Sheet s, int r, String label, String value) {
        row(s.createRow(r), label, value);
        return r + 1;
    }

    private static void row(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
