package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.S251Check;
import uk.org.wcf.finance.s251.S251Difference;
import uk.org.wcf.finance.s251.S251Return;
import uk.org.wcf.finance.s251.S251Rule;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code s251 check}: every figure that breaks a rule, with council, line, rule and both figures. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks every council's return in a section 251 file against the return's rules.",
        description = {"Checks a section 251 file against its rules, exactly: within each row total = own + private "
                + "+ other public + voluntary (total), net = total - income (net), LEA net = net - grants inside AEF "
                + "- grants outside AEF (lea_net); section totals (section) and grand totals (grand_total) against "
                + "their lines. A rule is checked only where its figures are present (a blank is not applicable). "
                + "A difference under £1 is rounding in the source. Exit 0 when every difference is rounding, 1 when "
                + "any is an error, 2 when the file cannot be read. "
                + "CSV columns: la,line,rule,computed,published,difference,kind (difference = published - computed), "
                + "then measure (the column the difference is in: a section or grand total can differ in several), "
                + "after a first comment line naming the return and year."},
        footer = {"", "Example:", "  wcf-finance s251 check examples/data/s251-outturn-1213-sample.csv \\",
                "      --la 885 --format csv",
                "The sample is four councils of DfE's 2012-13 outturn; 885's return keeps every rule, so it exits 0."})
final class S251CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DfE's s251 CSV (every council, or one)")
    private Path file;

    @Option(names = "--la", paramLabel = "CODE", description = "only this council (DfE code, such as 885)")
    private String la;

    @picocli.CommandLine.Mixin
    private S251Output print = new S251Output();

    @picocli.CommandLine.Mixin
    private S251YearOption fileYear = new S251YearOption();

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        S251File.Contents c = S251Command.read(file, fileYear.year);
        S251Return r = c.returns();
        List<S251Difference> diffs;
        int councils;
        int rows;
        if (la != null) {
            CouncilReturn one = r.requireCouncil(la);
            diffs = S251Check.check(r.catalogue(), one);
            councils = 1;
            rows = one.lines().size();
        } else {
            diffs = S251Check.check(r);
            councils = r.councils().size();
            rows = r.councils().stream().mapToInt(x -> x.lines().size()).sum();
        }
        long errors = diffs.stream().filter(d -> d.kind() == S251Difference.Kind.ERROR).count();
        StringBuilder sb = new StringBuilder();
        if (print.csv()) {
            sb.append("# s251 ").append(r.kind().word()).append(' ').append(r.year()).append(", ")
                    .append(file.getFileName()).append('\n');
            // the columns, in its order; measure appended, since a section or grand total line can differ in
            // several measures and its rows would otherwise read alike (scripts reading by name are unaffected)
            sb.append("la,line,rule,computed,published,difference,kind,measure\n");
            for (S251Difference d : diffs) {
                sb.append(Csv.rawLine(List.of(Csv.text(d.la()), String.valueOf(d.line().number()), d.rule().code(),
                        S251Command.csv(d.computed()), S251Command.csv(d.published()), S251Command.csv(d.difference()),
                        d.kind().word(), d.measure().column())));
            }
        } else {
            sb.append(c.describe()).append('\n');
            sb.append("Checked ").append(S251Command.count(rows)).append(" rows of ").append(councils)
                    .append(councils == 1 ? " council" : " councils").append(" against the rules:\n");
            for (S251Rule rule : S251Rule.values()) {
                long n = diffs.stream().filter(d -> d.rule() == rule).count();
                sb.append("  ").append(rule.code()).append(": ").append(rule.statement()).append(" - ")
                        .append(n == 0 ? "holds" : n + (n == 1 ? " difference" : " differences")).append('\n');
            }
            sb.append(diffs.size()).append(diffs.size() == 1 ? " difference: " : " differences: ")
                    .append(diffs.size() - errors).append(" rounding in the source (under £1), ").append(errors)
                    .append(errors == 1 ? " error" : " errors").append('\n');
            for (S251Difference d : diffs) {
                sb.append("  ").append(d.la()).append(' ').append(d.name()).append(", line ").append(d.line().number())
                        .append(' ').append(d.line().description()).append(", ").append(d.rule().code()).append(" (")
                        .append(d.measure().column()).append("): computed ").append(S251Command.text(d.computed()))
                        .append(", published ").append(S251Command.text(d.published())).append(", difference ")
                        .append(S251Command.text(d.difference())).append(": ")
                        .append(d.kind() == S251Difference.Kind.ROUNDING ? "rounding in the source" : "error")
                        .append('\n');
            }
        }
        S251Command.emit(spec, print.output, sb.toString());
        return errors > 0 ? WcfFinance.CHECK_FAILED : WcfFinance.OK;
    }
}
