package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.chart.S251Charts;
import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.io.S251Inputs;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.s251.BenchmarkResult;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.S251Benchmark;
import uk.org.wcf.finance.s251.S251Line;
import uk.org.wcf.finance.s251.S251Return;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code s251 benchmark}: a council's figure among every council's, and among a group's. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        header = "Ranks a council's figure for a line among every council's.",
        description = {"A council's figure for a line and measure among every council's: rank (1 = highest), the "
                + "number of councils with a figure (a blank is not applicable and left out), the median and the lower "
                + "and upper quartiles (Excel's QUARTILE.INC), to the penny. With --group, the same among the group's "
                + "councils (the council itself always counted); with --population (columns la and population_0_17), the "
                + "same per head, each figure divided by the population and rounded half-up to the penny. "
                + "CSV columns: la, line, measure, value, rank, councils, median, lower_quartile, upper_quartile, after a first "
                + "comment line naming the return, year and what each row is compared with; rows in the order: all "
                + "councils, all councils per head, the group, the group per head (those asked for)."},
        footer = {"", "Example:", "  wcf-finance s251 benchmark examples/data/s251-outturn-1213-sample.csv \\",
                "      --la 885 --line 15 --group examples/data/s251-group.csv --chart cla.png",
                "The sample is four councils of DfE's 2012-13 outturn and the group two of them; give DfE's whole "
                        + "file and your own group (your statistical neighbours, say)."})
final class S251BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DfE's s251 CSV with every council")
    private Path file;

    @Option(names = "--la", required = true, paramLabel = "CODE", description = "the council (DfE code, such as 885)")
    private String la;

    @Option(names = "--line", required = true, paramLabel = "LINE",
            description = "the line: its number in the file's year (15) or its description (Total Children Looked After)")
    private String line;

    @Option(names = "--measure", defaultValue = "TotalExpenditure", paramLabel = "M",
            description = "the measure column, such as NetCurrentExpenditure (default: ${DEFAULT-VALUE})")
    private String measure;

    @Option(names = "--group", paramLabel = "FILE", description = "a group of councils to compare with: column la")
    private Path group;

    @Option(names = "--population", paramLabel = "FILE",
            description = "population aged 0-17 by council, columns la and population_0_17: adds figures per head")
    private Path population;

    @picocli.CommandLine.Mixin
    private S251Output print = new S251Output();

    @picocli.CommandLine.Mixin
    private S251YearOption fileYear = new S251YearOption();

    @Option(names = "--chart", paramLabel = "FILE", description = "also draw every council's figure, sorted, as PNG or SVG (by the file's ending)")
    private Path chart;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        if (chart != null) {
            String n = chart.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!n.endsWith(".png") && !n.endsWith(".svg")) {
                throw S251Command.refuse(spec, "--chart is written as .png or .svg, not " + chart.getFileName());
            }
        }
        S251File.Contents c = S251Command.read(file, fileYear.year);
        S251Return r = c.returns();
        Measure m = Measure.parse(measure);
        S251Line l = r.catalogue().find(line);
        CouncilReturn council = r.requireCouncil(la);
        Set<String> members = new LinkedHashSet<>();
        if (group != null) {
            members.addAll(S251Inputs.group(group, r).orThrow());
            members.add(council.la());
        }
        Map<String, Long> people = population == null ? Map.of() : S251Inputs.population(population, r).orThrow();
        RoundingPolicy p = RoundingPolicy.PENCE;
        List<S251Benchmark.CouncilFigure> all = S251Benchmark.figures(r, l, m);
        List<BenchmarkResult> results = new ArrayList<>();
        results.add(S251Benchmark.rank("all councils", council, l, m, false, all, p));
        if (population != null) {
            results.add(S251Benchmark.rank("all councils", council, l, m, true, S251Benchmark.perHead(all, people, p), p));
        }
        if (group != null) {
            String scope = "group " + group.getFileName();
            List<S251Benchmark.CouncilFigure> g = S251Benchmark.of(all, members);
            results.add(S251Benchmark.rank(scope, council, l, m, false, g, p));
            if (population != null) {
                results.add(S251Benchmark.rank(scope, council, l, m, true, S251Benchmark.perHead(g, people, p), p));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (print.csv()) {
            sb.append("# s251 ").append(r.kind().word()).append(' ').append(r.year()).append(", ").append(file.getFileName())
                    .append("; rows: ").append(String.join(", ", results.stream().map(x -> x.scope()
                            + (x.perHead() ? " per head" : "")).toList())).append('\n');
            sb.append("la,line,measure,value,rank,councils,median,lower_quartile,upper_quartile\n");
            for (BenchmarkResult x : results) {
                sb.append(Csv.rawLine(List.of(Csv.text(x.la()), Csv.text(x.line().description()), Csv.text(x.measureLabel()),
                        S251Command.csv(x.value()), x.rank().isPresent() ? String.valueOf(x.rank().getAsInt()) : "",
                        String.valueOf(x.councils()), S251Command.csv(x.median()), S251Command.csv(x.lowerQuartile()),
                        S251Command.csv(x.upperQuartile()))));
            }
        } else {
            sb.append(c.describe()).append('\n');
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"Compared with", "Measure", "Value", "Rank", "Councils", "Median", "Lower quartile",
                "Upper quartile"});
            for (BenchmarkResult x : results) {
                cells.add(new String[] {x.scope(), x.measureLabel(), text(x.value()),
                    x.rank().isPresent() ? String.valueOf(x.rank().getAsInt()) : "", String.valueOf(x.councils()),
                    text(x.median()), text(x.lowerQuartile()), text(x.upperQuartile())});
            }
            sb.append(TableText.grid(council.la() + " " + council.name() + ": line " + l.number() + " " + l.description()
                    + ", " + m.column() + ", " + r.year() + " " + r.kind().word() + " (£; rank 1 = highest)", cells, 2));
            if (population != null) {
                long without = all.stream().filter(f -> !people.containsKey(f.la())).count();
                if (without > 0) {
                    sb.append("Per head leaves out ").append(without).append(without == 1 ? " council" : " councils")
                            .append(" with a figure but no population in ").append(population.getFileName()).append('\n');
                }
            }
            if (results.get(0).value().isEmpty()) {
                sb.append("n/a: ").append(council.name()).append(" has no ").append(m.column()).append(" on line ")
                        .append(l.number()).append(" (a blank in the file: not applicable)\n");
            }
        }
        if (chart != null) {
            var ch = S251Charts.ranking("Line " + l.number() + " " + l.description() + ", " + m.column() + ", " + r.year()
                    + " " + r.kind().word(), all, council.la(), members);
            Output.write(chart, o -> o.write(Charts.bytes(ch, chart)));
        }
        S251Command.emit(spec, print.output, sb.toString());
        return WcfFinance.OK;
    }

    private static String text(Optional<Money> v) {
        return v.map(S251Command::text).orElse("n/a");
    }
}
