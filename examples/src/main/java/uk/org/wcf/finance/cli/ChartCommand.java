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
                        + "the output's ending."},
        footer = {"", "Example:", "  wcf-finance chart bridge --year 2021/22 --output bridge.svg"})
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

    @Option(names = "--verbose", description = "show a stack trace on errors")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (year != null && !"bridge".equals(kind)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--year goes with the bridge chart only: the " + kind + " chart is of the embedded dataset's one year");
        }
        JFreeChart chart = switch (kind) {
            case "variance" -> Charts.varianceByLine(WcfData.dsgReport2019P6());
            case "bridge" -> Charts.bridgeWaterfall(WcfData.plan2020(), bridgeYear());
            case "plan" -> Charts.planByDirectorate(WcfData.plan2020());
            case "dsg-reserve" -> Charts.dsgReserve(WcfData.dsgReserve2019());
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown chart '" + kind + "': it is variance, bridge, plan or dsg-reserve");
        };
        byte[] bytes = Charts.bytes(chart, output);
        Output.write(output, out -> out.write(bytes));
        spec.commandLine().getOut().println("wrote " + output);
        return WcfFinance.OK;
    }

    /** The year the bridge goes into: a plan year after the first. */
    private FiscalYear bridgeYear() {
        var plan = WcfData.plan2020();
        FiscalYear y = year == null ? plan.base().year().next() : year;
        List<FiscalYear> into = plan.years().stream().skip(1).map(b -> b.year()).toList();
        if (!into.contains(y)) {
            throw new IllegalArgumentException("the bridge goes into a plan year after the first, "
                    + into.stream().map(FiscalYear::toString).collect(java.util.stream.Collectors.joining(" or ")) + "; not " + y);
        }
        return y;
    }
}
