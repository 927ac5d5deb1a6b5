package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.plan.Assumption;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.ExcludedSaving;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.plan.PlanComparison;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code plan}: the three-year plan and its bridge; scenarios side by side. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the three-year plan and the bridge from each year to the next.",
                "With no options: the Business Plan 2020/21 plan of the embedded dataset (its stated staffing inflation; the "
                        + "rest of each published change shown as not itemised). --assumptions applies a YAML or JSON "
                        + "assumptions file to the agreed base year; --compare puts two scenarios side by side, "
                        + "each table titled with its scenario. With --book, the base year is your own budget book "
                        + "(it needs --assumptions or --compare). CSV is one table at £000, a row per figure, "
                        + "with the columns table, ref, line, column and amount_gbp_thousands (and scenario first for "
                        + "--compare)."},
        footer = {"", "Examples:", "  wcf-finance plan",
                "  wcf-finance plan --book examples/data/own-budget.xlsx \\",
                "      --assumptions examples/data/own-plan.yaml",
                "  wcf-finance plan --assumptions examples/scenarios/pay-award-3pc.yaml",
                "  wcf-finance plan --compare examples/scenarios/business-plan-2020.yaml \\",
                "      examples/scenarios/pay-award-3pc.yaml"})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--year", converter = YearConverter.class,
            description = "the agreed base year (default: 2020/21, or the --book file's one year)")
    private FiscalYear year;

    @Mixin
    private BookOption book;

    @ArgGroup(exclusive = true)
    private Source source;

    static final class Source {
        @Option(names = "--assumptions", paramLabel = "FILE", description = "assumptions file (.yaml, .yml or .json)")
        Path assumptions;

        @Option(names = "--compare", arity = "2", paramLabel = "FILE", description = "two assumptions files to compare")
        List<Path> compare;
    }

    @Override
    public Integer call() throws Exception {
        List<FigureTable> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (source != null && source.compare != null) {
            BudgetBook base = book.book(year);
            AssumptionSet a = AssumptionsFile.read(source.compare.get(0), base).orThrow();
            AssumptionSet b = AssumptionsFile.read(source.compare.get(1), base).orThrow();
            Plan pa = a.planFrom(base);
            Plan pb = b.planFrom(base);
            tables.add(scenario("A", a.name(), book.titled(BusinessPlanTables.table3(pa.years()))));
            tables.add(scenario("B", b.name(), book.titled(BusinessPlanTables.table3(pb.years()))));
            tables.add(PlanComparison.compare(a.name(), pa, b.name(), pb));
            if (output.format() == Output.Format.CSV) {
                // the shape of plan's own CSV, with the scenario first: each scenario's Table 3 and bridges
                List<List<String>> lead = new ArrayList<>();
                List<FigureTable> csv = new ArrayList<>();
                for (String letter : List.of("A", "B")) {
                    String name = letter + ": " + (letter.equals("A") ? a.name() : b.name());
                    for (FigureTable t : planTables(letter.equals("A") ? pa : pb)) {
                        csv.add(t);
                        lead.add(List.of(name));
                    }
                }
                output.emit(spec.commandLine().getOut(), Output.longCsv(List.of("scenario"), lead, csv));
                return WcfFinance.OK;
            }
            notes.add("Scenario A: " + a.name() + " (" + source.compare.get(0) + ")");
            notes.add("Scenario B: " + b.name() + " (" + source.compare.get(1) + ")");
        } else {
            Plan plan;
            if (source != null && source.assumptions != null) {
                BudgetBook base = book.book(year);
                AssumptionSet set = AssumptionsFile.read(source.assumptions, base).orThrow();
                plan = set.planFrom(base);
                notes.add("Scenario: " + set.name() + " (" + source.assumptions + ")");
                if (book.given()) {
                    notes.add("Base year: " + base.year() + " from " + book.file);
                }
            } else if (book.given()) {
                throw new IllegalArgumentException("--book " + book.file + " needs --assumptions FILE or --compare A B: "
                        + "the embedded plan is WCF's, and a budget book alone states no assumptions");
            } else {
                plan = WcfData.plan2020();
                if (year != null && !year.equals(plan.base().year())) {
                    throw new IllegalArgumentException("the embedded plan starts from " + plan.base().year() + "; --year " + year
                            + " applies to a plan from --assumptions or --compare");
                }
                notes.add("Scenario: Business Plan 2020/21 (embedded dataset)");
            }
            tables.addAll(planTables(plan));
            notes.add("Assumptions:");
            // the same assumption applied to several lines or years is listed once, with how many times it applies
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (Assumption a : plan.assumptions()) {
                counts.merge(a.name() + " [" + a.driver().label()
                        + (a instanceof uk.org.wcf.finance.plan.StaffingInflation s ? ", " + s.rate() + " a year" : "") + "]"
                        + a.agreed().map(d -> ", agreed " + d).orElse("")
                        + (a.source().isEmpty() ? "" : ", source: " + a.source()), 1, Integer::sum);
            }
            counts.forEach((text, n) -> notes.add("  - " + text + (n > 1 ? " (applied " + n + " times)" : "")));
            for (ExcludedSaving e : plan.excludedSavings()) {
                notes.add("Saving left out: " + e.saving().name() + " (" + e.reason() + ")");
            }
        }
        output.emit(spec.commandLine().getOut(), render(tables, notes));
        return WcfFinance.OK;
    }

    /** Table 3 of a plan (titled with the --book file when one is given) and the bridge to each year that has one. */
    private List<FigureTable> planTables(Plan plan) {
        List<FigureTable> tables = new ArrayList<>();
        tables.add(book.titled(BusinessPlanTables.table3(plan.years())));
        for (BudgetBook y : plan.years()) {
            if (!plan.bridge(y.year()).isEmpty()) {
                tables.add(plan.bridgeTable(y.year()));
            }
        }
        return tables;
    }

    /** Table 3 of one scenario, titled with the scenario's letter and name. */
    private static FigureTable scenario(String letter, String name, FigureTable t) {
        return new FigureTable(t.id(), t.title() + ", scenario " + letter + ": " + name, t.columns(), t.rows());
    }

    private String render(List<FigureTable> tables, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        if (output.format() != Output.Format.CSV) {
            notes.forEach(n -> sb.append(output.format() == Output.Format.MARKDOWN && !n.startsWith("  ") ? n + "\n\n" : n + "\n"));
            sb.append('\n');
        }
        return sb.append(output.tables(tables)).toString();
    }
}
