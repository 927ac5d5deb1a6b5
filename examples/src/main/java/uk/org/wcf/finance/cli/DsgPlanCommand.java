package uk.org.wcf.finance.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.chart.DsgPlanCharts;
import uk.org.wcf.finance.dsg.DsgMonteCarlo;
import uk.org.wcf.finance.dsg.DsgPlan;
import uk.org.wcf.finance.dsg.DsgProjection;
import uk.org.wcf.finance.io.DsgPlanFile;
import uk.org.wcf.finance.io.DsgPlanWorkbook;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.TableText;

/** {@code dsg-plan}: a DSG management plan from high needs demand to the cumulative deficit, year by year. */
@Command(name = "dsg-plan", mixinStandardHelpOptions = true,
        description = {"Prints a DSG management plan: how the high needs block returns to balance, year by year.",
                "The financial summary per block per year and the end-of-year positions (the DfE template's layout), "
                        + "numbers and cost by provision type, the bridge of the DSG reserve by driver, the three scenarios "
                        + "(do nothing, with mitigations, with mitigations and transfers), the Monte Carlo P10/P50/P90 on "
                        + "growth rates, and every assumption, illustrative ones marked. --compare adds two more plans side "
                        + "by side; --charts writes the charts as PNG files. XLSX has a sheet per table, totals as formulas, "
                        + "and a sheet of places by provision type."},
        footer = {"", "Examples:", "  wcf-finance dsg-plan --plan examples/dsg/wcf-dsg-plan.yaml",
                "  wcf-finance dsg-plan --plan examples/dsg/wcf-dsg-plan.yaml --output plan.xlsx",
                "  wcf-finance dsg-plan --plan examples/dsg/wcf-dsg-plan.yaml --compare \\",
                "      examples/dsg/wcf-dsg-plan.yaml \\",
                "      examples/dsg/wcf-dsg-plan-higher-growth.yaml"})
final class DsgPlanCommand implements Callable<Integer> {

    /** The formats the plan can be printed in. */
    enum Format {
        TEXT, CSV, MARKDOWN, XLSX;

        /** @return the name as a user types it, and as messages print it */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the plan (.yaml, .yml or .json)")
    private Path planFile;

    @Option(names = "--compare", arity = "2", paramLabel = "FILE", description = "two more plans to put beside it")
    private List<Path> compare;

    @Option(names = "--format", description = "text, csv, markdown or xlsx (default: from the --output file's ending, "
            + ".csv, .md or .xlsx, else text)")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout; "
            + "required for xlsx")
    private Path output;

    @Option(names = "--runs", defaultValue = "1000", description = "Monte Carlo runs (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--seed", defaultValue = "2019", description = "Monte Carlo seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--charts", paramLabel = "DIR", description = "also write dsg-cumulative-by-scenario.png and "
            + "dsg-numbers-by-type.png into DIR")
    private Path charts;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    /** The format asked for, else the one the output file's ending names, else text; a contradiction is refused. */
    private Format format() {
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Format byName = name.endsWith(".csv") ? Format.CSV : name.endsWith(".md") || name.endsWith(".markdown") ? Format.MARKDOWN
                : name.endsWith(".xlsx") ? Format.XLSX : name.endsWith(".txt") ? Format.TEXT : null;
        if (format != null && byName != null && format != byName) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not match the output file "
                    + output.getFileName() + ", whose ending says " + byName + ": leave --format out, or give a matching file");
        }
        return format != null ? format : byName != null ? byName : Format.TEXT;
    }

    @Override
    public Integer call() throws Exception {
        Format format = format();
        if (format == Format.XLSX && output == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx needs --output FILE.xlsx");
        }
        if (runs < 1 || runs > 100_000) {
            throw new ParameterException(spec.commandLine(), "--runs is " + runs + "; it is from 1 to 100000");
        }
        DsgPlan plan = DsgPlanFile.read(planFile).orThrow();
        List<DsgPlan> others = new ArrayList<>();
        if (compare != null) {
            for (Path p : compare) {
                others.add(DsgPlanFile.read(p).orThrow());
            }
        }
        DsgProjection projection = plan.project();
        List<DsgProjection> scenarios = plan.scenarios();
        DsgMonteCarlo.Result mc = DsgMonteCarlo.run(plan, runs, seed);
        List<FigureTable> tables = new ArrayList<>();
        tables.add(projection.summaryTable());
        tables.add(projection.positionsTable());
        tables.add(projection.highNeedsByTypeTable());
        tables.add(projection.bridgeTable());
        String mark = plan.hasIllustrative() ? " [contains ILLUSTRATIVE assumptions]" : "";
        tables.add(DsgProjection.compare("Scenarios: DSG reserve at 31 March, " + plan.name() + mark, scenarios));
        tables.add(mc.table());
        if (!others.isEmpty()) {
            List<DsgProjection> side = new ArrayList<>(List.of(projection));
            others.forEach(o -> side.add(o.project()));
            boolean any = plan.hasIllustrative() || others.stream().anyMatch(DsgPlan::hasIllustrative);
            tables.add(DsgProjection.compare("Plans side by side: DSG reserve at 31 March"
                    + (any ? " [contains ILLUSTRATIVE assumptions]" : ""), side));
        }
        List<String> head = new ArrayList<>();
        head.add("DSG management plan: " + plan.name() + ", " + plan.firstYear() + " to " + plan.lastYear()
                + " (" + planFile + ")");
        if (plan.hasIllustrative()) {
            head.add("ILLUSTRATIVE: figures marked [ILLUSTRATIVE] below are not from a published source.");
        }
        head.add("Assumptions:");
        plan.assumptions().forEach(a -> head.add("  - " + a));
        for (int i = 0; i < others.size(); i++) {
            head.add("Compared with: " + others.get(i).name() + " (" + compare.get(i) + ")"
                    + (others.get(i).hasIllustrative() ? " [contains ILLUSTRATIVE assumptions]" : ""));
        }
        List<String> notes = new ArrayList<>(projection.notes());
        notes.add("Monte Carlo: " + runs + " runs, seed " + seed + "; each type's growth drawn each year around its rate "
                + "with its uncertainty as standard deviation.");
        if (charts != null) {
            Charts.save(DsgPlanCharts.cumulativeByScenario(scenarios, mc), charts.resolve("dsg-cumulative-by-scenario.png"));
            Charts.save(DsgPlanCharts.numbersByType(projection), charts.resolve("dsg-numbers-by-type.png"));
        }
        if (format == Format.XLSX) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DsgPlanWorkbook.write(projection, tables, bytes);
            Output.write(output, o -> bytes.writeTo(o));
            spec.commandLine().getOut().println("wrote " + output + " (DSG management plan, xlsx"
                    + (plan.hasIllustrative() ? "; contains ILLUSTRATIVE assumptions, listed by the text form" : "") + ")");
            spec.commandLine().getOut().flush();
            return WcfFinance.OK;
        }
        String text = render(head, tables, projection.numbersTable(), notes);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            boolean bom = format == Format.CSV;
            Output.write(output, o -> {
                if (bom) {
                    o.write(Output.BOM);
                }
                o.write(text.getBytes(StandardCharsets.UTF_8));
            });
        }
        return WcfFinance.OK;
    }

    private String render(List<String> head, List<FigureTable> tables, List<String[]> numbers, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        String numbersTitle = "High needs places by provision type (after mitigations; whole places)";
        switch (format()) {
            case CSV -> {
                // one table per file: a row per figure, the money tables' figures at £000 and the places by provision
                // type as whole places, each in the column that names its unit
                sb.append(Csv.line(List.of("table", "ref", "line", "column", "amount_gbp_thousands", "places")));
                for (FigureTable t : tables) {
                    sb.append(Csv.longRows(List.of(), t.title(), t.round(RoundingPolicy.THOUSANDS), List.of("")));
                    if (t == tables.get(1)) {
                        List<FigureTable.Column> years = tables.get(0).columns();
                        String[] top = numbers.get(0);
                        for (int r = 1; r < numbers.size(); r++) {
                            String[] row = numbers.get(r);
                            for (int c = 1; c < top.length && c < row.length; c++) {
                                String figure = row[c].replace(",", "");
                                if (!figure.matches("-?[0-9]+")) {
                                    continue; // the growth column is words, in the text and the assumptions
                                }
                                String key = c - 1 < years.size() ? years.get(c - 1).key() : top[c];
                                sb.append(Csv.line(List.of(numbersTitle, "", row[0], key, "", figure)));
                            }
                        }
                    }
                }
            }
            case MARKDOWN -> {
                head.forEach(h -> sb.append(h.startsWith("  - ") ? h.substring(2) : h + "\n").append('\n'));
                sb.append('\n');
                for (int i = 0; i < tables.size(); i++) {
                    sb.append(TableText.markdown(tables.get(i).round(RoundingPolicy.THOUSANDS))).append('\n');
                    if (i == 1) {
                        sb.append(TableText.markdownGrid(numbersTitle, numbers, 1)).append('\n');
                    }
                }
                notes.forEach(n -> sb.append("- ").append(n).append('\n'));
            }
            default -> {
                head.forEach(h -> sb.append(h).append('\n'));
                sb.append('\n');
                for (int i = 0; i < tables.size(); i++) {
                    sb.append(TableText.text(tables.get(i).round(RoundingPolicy.THOUSANDS))).append('\n');
                    if (i == 1) {
                        sb.append(TableText.grid(numbersTitle, numbers, 1)).append('\n');
                    }
                }
                sb.append("Notes:\n");
                notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
            }
        }
        return sb.toString();
    }
}
