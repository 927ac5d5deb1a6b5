package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jfree.chart.JFreeChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code chart}: a chart of the embedded dataset as PNG or SVG. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draws a chart of the embedded dataset as PNG or SVG.",
                "variance: the Period 6 DSG variance by line; bridge: the plan's waterfall into --year; plan: gross "
                        + "expenditure by directorate, stacked; dsg-reserve: the DSG reserve over 2019/20. PNG or SVG by "
                        + "the output's ending. bridge and plan take --book with --assumptions: the plan from your own "
                        + "budget book."},
        footer = {"", "Examples:", "  wcf-finance chart bridge --year 2021/22 --output bridge.svg",
                "  wcf-finance chart plan --book examples/data/own-budget.xlsx \\",
                "      --assumptions examples/data/own-plan.yaml --output own-plan.svg"})
final class ChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHART", description = "variance, bridge, plan or dsg-reserve")
    private String kind;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "a .png or .svg file")
    private Path output;

    @Option(names = "--year", converter = YearConverter.class,
            description = "the plan year bridged into, for bridge only (default: 2021/22)")
    private FiscalYear year;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Mixin
    private BookOption book;

    @Option(names = "--assumptions", paramLabel = "FILE",
            description = "with --book, for bridge and plan: the assumptions file the plan applies to the book")
    private Path assumptions;

    @Override
    public Integer call() throws Exception {
        if (year != null && !"bridge".equals(kind)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--year goes with the bridge chart only: the " + kind + " chart is of the embedded dataset's one year");
        }
        if ((book.given() || assumptions != null) && !"bridge".equals(kind) && !"plan".equals(kind)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--book and --assumptions go with the "
                    + "bridge and plan charts only: the " + kind + " chart is of the embedded dataset");
        }
        if (assumptions != null && !book.given()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--assumptions goes with --book FILE: "
                    + "without it the chart is the embedded Business Plan 2020/21");
        }
        JFreeChart chart = switch (kind) {
            case "variance" -> Charts.varianceByLine(WcfData.dsgReport2019P6());
            case "bridge" -> Charts.bridgeWaterfall(plan(), bridgeYear());
            case "plan" -> Charts.planByDirectorate(plan());
            case "dsg-reserve" -> Charts.dsgReserve(WcfData.dsgReserve2019());
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown chart '" + kind + "': it is variance, bridge, plan or dsg-reserve");
        };
        byte[] bytes = Charts.bytes(chart, output);
        Output.write(output, out -> out.write(bytes));
        spec.commandLine().getOut().println("wrote " + output);
        return WcfFinance.OK;
    }

    /** The embedded plan, or the plan from --book and --assumptions (its base year the book's one year). */
    private uk.org.wcf.finance.plan.Plan plan() {
        return book.plan(null, assumptions, "--assumptions");
    }

    /** The year the bridge goes into: a plan year after the first. */
    private FiscalYear bridgeYear() {
        var plan = plan();
        FiscalYear y = year == null ? plan.base().year().next() : year;
        List<FiscalYear> into = plan.years().stream().skip(1).map(b -> b.year()).toList();
        if (!into.contains(y)) {
            throw new IllegalArgumentException("the bridge goes into a plan year after the first, "
                    + into.stream().map(FiscalYear::toString).collect(java.util.stream.Collectors.joining(" or ")) + "; not " + y);
        }
        return y;
    }
}
