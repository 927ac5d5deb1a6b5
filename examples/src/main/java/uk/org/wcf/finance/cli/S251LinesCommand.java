package uk.org.wcf.finance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.s251.LineCatalogue;
import uk.org.wcf.finance.s251.LineKind;
import uk.org.wcf.finance.s251.LineMatch;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.S251Line;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code s251 lines}: a year's line catalogue, and its lines matched to another year's, each match shown. */
@Command(name = "lines", mixinStandardHelpOptions = true,
        header = "Shows a year's section 251 line catalogue, and how its lines match another year's.",
        description = {"Each line's number, kind (a line of spend, a section total and the lines it sums, a grand "
                + "total, or a memo in no sum), section, description and the measures it has (the others are blank: "
                + "not applicable). The year is a file's (read and checked as s251 check reads it) or --year's. With "
                + "--match (a year, or a file whose year is used), every line is matched to the other year's line of "
                + "the same meaning and shown with how it was matched: by number and description, by description "
                + "(its number moved), or by a similar description (reworded, same kind and section); then the other "
                + "year's lines nothing matched. CSV columns: year, line, kind, parts, section, description, "
                + "measures; with --match: from_year, from_line, from_description, to_year, to_line, to_description, "
                + "matched_by, moved (after a first comment line naming the years, and written without the spaces)."},
        footer = {"", "Examples:", "  wcf-finance s251 lines --year 2013/14",
                "  wcf-finance s251 lines examples/data/s251-outturn-1213-sample.csv \\",
                "      --match 2013/14",
                "Years built in: 2012/13 and 2013/14, from DfE's published outturn files."})
final class S251LinesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "DfE's s251 CSV: its year's catalogue (or give --year alone)")
    private Path file;

    @Option(names = "--year", paramLabel = "YYYY/YY", converter = YearConverter.class,
            description = "the year: alone, its catalogue; with FILE, as s251 check takes it")
    private FiscalYear year;

    @Option(names = "--match", paramLabel = "OTHER", description = "another year (2013/14) or an s251 file of it:"
            + " match every line to that year's")
    private String match;

    @picocli.CommandLine.Mixin
    private S251Output print = new S251Output();

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        if (file == null && year == null) {
            throw S251Command.refuse(spec, "give an s251 FILE or --year YYYY/YY: the catalogue of which year?");
        }
        String source;
        LineCatalogue cat;
        if (file != null) {
            S251File.Contents c = S251Command.read(file, year);
            cat = c.returns().catalogue();
            source = "the year of " + file.getFileName() + ": " + c.describe();
        } else {
            cat = builtIn(year, "--year");
            source = "built in, from DfE's published " + cat.year() + " outturn file";
        }
        StringBuilder sb = new StringBuilder();
        if (match == null) {
            catalogue(cat, source, sb);
        } else {
            LineCatalogue other = other();
            if (other.year().equals(cat.year())) {
                throw S251Command.refuse(spec, "--match " + match + " is " + other.year() + ", the same year: give"
                        + " another year to match " + cat.year() + "'s lines to");
            }
            matches(cat, other, source, sb);
        }
        S251Command.emit(spec, print.output, sb.toString());
        return WcfFinance.OK;
    }

    /** The other year's catalogue: a file when one is there, else a year. */
    private LineCatalogue other() {
        Path p = Path.of(match);
        if (Files.isRegularFile(p)) {
            return S251Command.read(p, null).returns().catalogue();
        }
        FiscalYear y;
        try {
            y = FiscalYear.parse(match);
        } catch (IllegalArgumentException e) {
            throw S251Command.refuse(spec, "--match " + match + " is neither a file nor a year such as 2013/14");
        }
        return builtIn(y, "--match");
    }

    private LineCatalogue builtIn(FiscalYear y, String option) {
        return LineCatalogue.forYear(y).orElseThrow(() -> S251Command.refuse(spec, option + " " + y
                + ": the library's line catalogues are for " + LineCatalogue.knownYears().stream()
                        .map(Object::toString).collect(Collectors.joining(" and "))));
    }

    private void catalogue(LineCatalogue cat, String source, StringBuilder sb) {
        if (print.csv()) {
            sb.append("# s251 line catalogue ").append(cat.year()).append(" (").append(source).append(")\n");
            sb.append("year,line,kind,parts,section,description,measures\n");
            for (S251Line l : cat.lines()) {
                sb.append(Csv.rawLine(List.of(cat.year().toString(), String.valueOf(l.number()), kind(l.kind()),
                        parts(l, " "), Csv.text(l.section()), Csv.text(l.description()), measures(l, " "))));
            }
            return;
        }
        sb.append("s251 line catalogue ").append(cat.year()).append(": ").append(cat.lines().size()).append(" lines (")
                .append(source).append(")\n");
        for (S251Line l : cat.lines()) {
            sb.append(String.format(Locale.ROOT, "%4d  %s%s%n", l.number(), l.description(),
                    l.kind() == LineKind.ITEM ? "" : "  [" + kindText(l) + "]"));
            sb.append("      ").append(l.section()).append("; ").append(measures(l, ", ")).append('\n');
        }
    }

    private void matches(LineCatalogue from, LineCatalogue to, String source, StringBuilder sb) {
        List<LineMatch> ms = from.matchTo(to);
        List<S251Line> unmatched = from.unmatchedIn(to);
        if (print.csv()) {
            sb.append("# s251 lines ").append(from.year()).append(" matched to ").append(to.year()).append(" (")
                    .append(source).append(")\n");
            sb.append("from_year,from_line,from_description,to_year,to_line,to_description,matched_by,moved\n");
            for (LineMatch m : ms) {
                sb.append(Csv.rawLine(List.of(from.year().toString(), String.valueOf(m.line().number()),
                        Csv.text(m.line().description()), to.year().toString(),
                        m.match().map(x -> String.valueOf(x.number())).orElse(""),
                        Csv.text(m.match().map(S251Line::description).orElse("")), m.by().name().toLowerCase(Locale.ROOT),
                        m.match().isPresent() ? String.valueOf(m.moved()) : "")));
            }
            for (S251Line l : unmatched) {
                sb.append(Csv.rawLine(List.of(from.year().toString(), "", "", to.year().toString(),
                        String.valueOf(l.number()), Csv.text(l.description()), "none", "")));
            }
            return;
        }
        List<String> counts = new ArrayList<>();
        for (LineMatch.By by : LineMatch.By.values()) {
            long n = ms.stream().filter(m -> m.by() == by).count();
            long moved = ms.stream().filter(m -> m.by() == by && m.moved()).count();
            counts.add(n + (by == LineMatch.By.NONE ? " not matched" : " by " + by.word()
                    + (moved > 0 ? " (" + moved + " moved)" : "")));
        }
        sb.append("s251 lines ").append(from.year()).append(" matched to ").append(to.year()).append(" (").append(source)
                .append(")\n");
        sb.append(from.lines().size()).append(" lines: ").append(String.join(", ", counts)).append('\n');
        for (LineMatch m : ms) {
            sb.append(String.format(Locale.ROOT, "%4d  %s%n", m.line().number(), m.line().description()));
            sb.append("      ").append(m.match().map(x -> String.format(Locale.ROOT, "-> %s line %d %s (%sby %s)",
                    to.year(), x.number(), x.description(), m.moved() ? "moved; " : "", m.by().word()))
                    .orElse("-> no line in " + to.year())).append('\n');
        }
        sb.append(unmatched.size()).append(unmatched.size() == 1 ? " line" : " lines").append(" of ").append(to.year())
                .append(" matched by no line of ").append(from.year()).append(unmatched.isEmpty() ? "" : ":").append('\n');
        for (S251Line l : unmatched) {
            sb.append(String.format(Locale.ROOT, "%4d  %s%n", l.number(), l.description()));
        }
    }

    private static String kind(LineKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static String kindText(S251Line l) {
        return switch (l.kind()) {
            case ITEM -> "line of spend";
            case SECTION_TOTAL -> "section total of lines " + parts(l, " + ");
            case GRAND_TOTAL -> "grand total of lines " + parts(l, " + ");
            case MEMO -> "memo, in no sum";
        };
    }

    private static String parts(S251Line l, String sep) {
        return l.parts().stream().map(String::valueOf).collect(Collectors.joining(sep));
    }

    private static String measures(S251Line l, String sep) {
        if (l.measures().equals(EnumSet.allOf(Measure.class))) {
            return sep.equals(" ") ? "all" : "all 10 measures";
        }
        return java.util.Arrays.stream(Measure.values()).filter(l.measures()::contains).map(Measure::column)
                .collect(Collectors.joining(sep)) + (sep.equals(" ") ? "" : " only");
    }
}
