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
        description = {"Prints the three-year plan and the bridge from each year to the next. With no options: the",
                "Business Plan 2020/21 plan of the embedded dataset (2% staffing inflation; the rest of each published",
                "change shown as not itemised). --assumptions applies a YAML or JSON assumptions file to the agreed",
                "base year; --compare puts two scenarios side by side."},
        footer = {"", "Examples:", "  java -jar wcf-finance.jar plan",
                "  java -jar wcf-finance.jar plan --assumptions examples/scenarios/pay-award-3pc.yaml",
                "  java -jar wcf-finance.jar plan --compare examples/scenarios/business-plan-2020.yaml "
                        + "examples/scenarios/pay-award-3pc.yaml"})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--year", defaultValue = "2020/21", converter = YearConverter.class,
            description = "the agreed base year (default: ${DEFAULT-VALUE})")
    private FiscalYear year;

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
            BudgetBook base = WcfData.budgetBook(year);
            AssumptionSet a = AssumptionsFile.read(source.compare.get(0), base).orThrow().orElseThrow();
            AssumptionSet b = AssumptionsFile.read(source.compare.get(1), base).orThrow().orElseThrow();
            Plan pa = a.planFrom(base);
            Plan pb = b.planFrom(base);
            tables.add(BusinessPlanTables.table3(pa.years()));
            tables.add(BusinessPlanTables.table3(pb.years()));
            tables.add(PlanComparison.compare(a.name(), pa, b.name(), pb));
            notes.add("Scenario A: " + a.name() + " (" + source.compare.get(0) + ")");
            notes.add("Scenario B: " + b.name() + " (" + source.compare.get(1) + ")");
        } else {
            Plan plan;
            if (source != null && source.assumptions != null) {
                BudgetBook base = WcfData.budgetBook(year);
                AssumptionSet set = AssumptionsFile.read(source.assumptions, base).orThrow().orElseThrow();
                plan = set.planFrom(base);
                notes.add("Scenario: " + set.name() + " (" + source.assumptions + ")");
            } else {
                plan = WcfData.plan2020();
                notes.add("Scenario: Business Plan 2020/21 (embedded dataset)");
            }
            tables.add(BusinessPlanTables.table3(plan.years()));
            for (BudgetBook y : plan.years()) {
                if (!plan.bridge(y.year()).isEmpty()) {
                    tables.add(plan.bridgeTable(y.year()));
                }
            }
            notes.add("Assumptions:");
            for (Assumption a : plan.assumptions()) {
                notes.add("  - " + a.name() + " [" + a.driver().label() + "]" + (a.agreed() == null ? "" : ", agreed " + a.agreed())
                        + (a.source().isEmpty() ? "" : ", source: " + a.source()));
            }
            for (ExcludedSaving e : plan.excludedSavings()) {
                notes.add("Saving left out: " + e.saving().name() + " (" + e.reason() + ")");
            }
        }
        output.emit(spec.commandLine().getOut(), render(tables, notes));
        return WcfFinance.OK;
    }

    private String render(List<FigureTable> tables, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        if (output.format != Output.Format.csv) {
            notes.forEach(n -> sb.append(output.format == Output.Format.markdown && !n.startsWith("  ") ? n + "\n\n" : n + "\n"));
            sb.append('\n');
        }
        return sb.append(output.tables(tables)).toString();
    }
}
