package uk.org.wcf.finance.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.KpiCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.kpi.KpiAssessment;
import uk.org.wcf.finance.kpi.KpiValue;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.TableText;

/** {@code kpi}: RAG ratings and performance failures of contract KPI values. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = {"Rates contract KPI values green, amber or red and lists performance failures.",
                "Against the contract's KPIs (embedded): green at or better than target (the baseline), amber worse, "
                        + "red worse for 3 consecutive months; performance failures are out of tolerance for 3 "
                        + "consecutive months, 2 quarters or a year, unless a risk was notified, listed with the periods "
                        + "that caused them, repeats within 6 months flagged.",
                "Values file columns: kpi,month,numerator,denominator[,risk_notified]; month as 2020-06."},
        footer = {"", "Example:", "  wcf-finance kpi --values examples/data/kpi-values.csv --format csv"})
final class KpiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--values", required = true, paramLabel = "FILE.csv", description = "the KPI values")
    private Path values;

    @Override
    public Integer call() throws Exception {
        Map<String, Kpi> kpis = WcfData.kpis();
        List<KpiValue> v;
        try (InputStream in = uk.org.wcf.finance.io.InputFiles.open(values)) {
            v = KpiCsv.readValues(values.toString(), in, kpis).orThrow();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(values.toString(), "no such file"));
        }
        KpiAssessment.Result r = KpiAssessment.assess(kpis, v);
        RoundingPolicy p = RoundingPolicy.THOUSANDS;
        if (output.format() == Output.Format.CSV) {
            output.emit(spec.commandLine().getOut(), KpiCsv.write(r, p));
            return WcfFinance.OK;
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"KPI", "Month", "Value %", "Target %", "Tolerance %", "RAG", "Out of tolerance", "Risk notified"});
        for (KpiAssessment.Rating x : r.ratings()) {
            cells.add(new String[] {x.kpi().code(), x.value().month().toString(),
                p.round(x.value().percent(), 1).toPlainString(), p.round(x.kpi().target(), 1).toPlainString(),
                x.kpi().toleranceLow() + "-" + x.kpi().toleranceHigh(), x.rag().word(), x.outOfTolerance() ? "yes" : "",
                x.value().riskNotified() ? "yes" : ""});
        }
        boolean md = output.format() == Output.Format.MARKDOWN;
        StringBuilder sb = new StringBuilder(md ? TableText.markdownGrid("Contract KPIs: RAG by period", cells, 2)
                : TableText.grid("Contract KPIs: RAG by period", cells, 2));
        sb.append(md ? "\n" : "").append("Performance failures:").append(r.failures().isEmpty() ? " none\n" : "\n");
        for (KpiAssessment.Failure f : r.failures()) {
            sb.append(md ? "- " : "  ").append(f.kpi().code()).append(": ").append(f.repeat() ? "repeat " : "")
                    .append("performance failure, out of tolerance (").append(f.kpi().toleranceLow()).append("-")
                    .append(f.kpi().toleranceHigh()).append("%) in ")
                    .append(f.periods().stream().map(Object::toString).collect(Collectors.joining(", "))).append('\n');
        }
        for (KpiAssessment.Failure f : r.excused()) {
            sb.append(md ? "- " : "  ").append(f.kpi().code()).append(": out of tolerance in ")
                    .append(f.periods().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(", not a failure: a risk was notified with a mitigation plan\n");
        }
        output.emit(spec.commandLine().getOut(), sb.toString());
        return WcfFinance.OK;
    }
}
