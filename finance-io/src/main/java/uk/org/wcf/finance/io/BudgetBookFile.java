package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.budget.FundingLine;
import uk.org.wcf.finance.budget.IncomeLine;
import uk.org.wcf.finance.io.internal.tree.Fields;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/**
 * A budget book in YAML or JSON: {@code schemaVersion}, {@code year}, {@code firstMonth}, {@code lastMonth},
 * {@code status} (agreed or indicative), {@code unit} (thousands or pounds), optional {@code organisation} and
 * {@code commissioner} (the short names of the organisation whose budget it is and of the council commissioning it,
 * such as {@code WCF} and {@code WCC}, which the tables' labels use; neutral labels when neither is declared),
 * {@code services} (ref, name,
 * directorate, directorateCode), {@code lines} (service, group, optional detail, amount), {@code incomeOutsideContract} (name,
 * amount) and {@code passThrough} (source code, name, amount). Writing then reading gives the same book.
 */
public final class BudgetBookFile {

    /** The schema version written and read. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "year", "firstMonth", "lastMonth", "status", "unit",
            "organisation", "commissioner", "services", "lines", "incomeOutsideContract", "passThrough");

    private BudgetBookFile() {
    }

    /**
     * @param path a .yaml, .yml or .json file
     * @return the book and any problems
     */
    public static ReadResult<BudgetBook> read(Path path) {
        return TreeNode.readFile(path, BudgetBookFile::read);
    }

    /**
     * @param file the name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the book (empty when there were problems) and the problems
     */
    public static ReadResult<BudgetBook> read(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        FiscalYear year = top.year("year", true);
        YearMonth first = top.parse("firstMonth", false, BudgetBookFile::month);
        YearMonth last = top.parse("lastMonth", false, BudgetBookFile::month);
        BudgetStatus status = top.has("status") ? top.parse("status", false, t -> {
            try {
                return BudgetStatus.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status is '" + t + "': it is agreed or indicative");
            }
        }) : BudgetStatus.AGREED;
        Amounts.Unit unit = top.unit();
        String organisation = top.has("organisation") ? top.text("organisation", false) : "";
        String commissioner = top.has("commissioner") ? top.text("commissioner", false) : "";
        Map<String, Service> services = new LinkedHashMap<>();
        for (TreeNode n : list(top, "services")) {
            Fields f = new Fields(file, n, problems, Set.of("ref", "name", "directorate", "directorateCode"));
            String ref = f.text("ref", true);
            String name = f.text("name", true);
            String dir = f.has("directorate") ? f.text("directorate", false) : name;
            String dirCode = f.has("directorateCode") ? f.text("directorateCode", false) : null;
            if (f.ok()) {
                Service s;
                try {
                    s = Service.of(ref, name, dirCode == null ? Directorate.named(dir) : Directorate.of(dirCode, dir));
                } catch (FinanceRuleException e) {
                    f.fail(n, e.field(), e.getMessage());
                    continue;
                }
                if (services.putIfAbsent(ref, s) != null) {
                    f.fail(n, "ref", "the service " + ref + " is listed twice");
                }
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (TreeNode n : list(top, "lines")) {
            Fields f = new Fields(file, n, problems, Set.of("service", "group", "detail", "amount"));
            String ref = f.text("service", true);
            SubjectiveGroup g = f.parse("group", true, SubjectiveGroup::standard);
            String detail = f.has("detail") ? f.text("detail", false) : "";
            Money amount = f.amount("amount", true, unit);
            if (f.ok()) {
                Service s = services.get(ref);
                if (s == null) {
                    f.fail(n.map().get("service"), "service", "service is '" + ref + "': unknown service; the services are "
                            + services.keySet());
                    continue;
                }
                try {
                    lines.add(BudgetLine.of(CostLine.of(s, g, detail), amount));
                } catch (FinanceRuleException e) {
                    f.fail(n.map().get("amount"), "amount", e.getMessage());
                }
            }
        }
        List<IncomeLine> income = new ArrayList<>();
        for (TreeNode n : list(top, "incomeOutsideContract")) {
            Fields f = new Fields(file, n, problems, Set.of("name", "amount"));
            String name = f.text("name", true);
            Money amount = f.amount("amount", true, unit);
            if (f.ok()) {
                try {
                    income.add(IncomeLine.of(name, amount));
                } catch (FinanceRuleException e) {
                    f.fail(n.map().get("amount"), "amount", e.getMessage());
                }
            }
        }
        List<FundingLine> funding = new ArrayList<>();
        for (TreeNode n : list(top, "passThrough")) {
            Fields f = new Fields(file, n, problems, Set.of("source", "name", "amount"));
            String code = f.text("source", true);
            String name = f.has("name") ? f.text("name", false) : null;
            Money amount = f.amount("amount", true, unit);
            if (f.ok()) {
                try {
                    FundingSource src = FundingSource.PUBLISHED.stream().anyMatch(p -> p.code().equals(code))
                            || FundingSource.NOT_ITEMISED.code().equals(code) ? FundingSource.standard(code)
                            : FundingSource.of(code, name == null ? code : name);
                    funding.add(FundingLine.of(src, amount));
                } catch (FinanceRuleException e) {
                    f.fail(n, e.field(), e.getMessage());
                }
            }
        }
        if (!problems.isEmpty() || year == null) {
            return ReadResult.failed(problems);
        }
        try {
            MonthSpan span = first == null || last == null ? year.months() : MonthSpan.of(first, last);
            return ReadResult.of(new BudgetBook(year, span, status, List.copyOf(services.values()), lines,
                    income, funding, new BudgetBook.Parties(organisation, commissioner)), problems);
        } catch (FinanceRuleException e) {
            problems.add(top.node().problem(file, e.field(), e.getMessage()));
            return ReadResult.failed(problems);
        }
    }

    private static List<TreeNode> list(Fields top, String key) {
        TreeNode n = top.node().map().get(key);
        if (n == null || n.value() == null) {
            return List.of();
        }
        if (!n.isList()) {
            top.fail(n, key, key + " must be a list");
            return List.of();
        }
        return n.list();
    }

    private static YearMonth month(String t) {
        try {
            return YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a month; write it as 2020-04");
        }
    }

    /**
     * Writes a book, amounts in pounds and pence.
     *
     * @param book the book
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(BudgetBook book, StructuredFormat format) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("year", book.year().toString());
        root.put("firstMonth", book.span().first().toString());
        root.put("lastMonth", book.span().last().toString());
        root.put("status", book.status().name().toLowerCase(Locale.ROOT));
        root.put("unit", "pounds");
        if (!book.parties().organisation().isEmpty()) {
            root.put("organisation", book.parties().organisation());
        }
        if (!book.parties().commissioner().isEmpty()) {
            root.put("commissioner", book.parties().commissioner());
        }
        root.put("services", book.services().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ref", s.ref());
            m.put("name", s.name());
            m.put("directorate", s.directorate().name());
            m.put("directorateCode", s.directorate().code());
            return m;
        }).toList());
        root.put("lines", book.lines().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", l.line().service().ref());
            m.put("group", l.line().group().code());
            if (!l.line().detail().isEmpty()) {
                m.put("detail", l.line().detail());
            }
            m.put("amount", l.amount().getAmount().toPlainString());
            return m;
        }).toList());
        root.put("incomeOutsideContract", book.incomeOutsideContract().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("amount", i.amount().getAmount().toPlainString());
            return m;
        }).toList());
        root.put("passThrough", book.passThrough().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", f.source().code());
            m.put("name", f.source().name());
            m.put("amount", f.amount().getAmount().toPlainString());
            return m;
        }).toList());
        return format.write(root);
    }
}
