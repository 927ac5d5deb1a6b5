package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.org.wcf.finance.io.catalogue.MalformedInputs;

/**
 * The malformed-input catalogue, run as a user runs it: every case is a file given to the command that reads that
 * kind of file, as a separate process. Each case must exit 2 and print exactly its problems, one line each, naming
 * the file (and its line and column where there is one), at most the capped number of lines, no stack trace; it
 * writes nothing, and an output file that was there before is left as it was.
 * <p>
 * The reader catalogue ({@code MalformedInputs} in finance-io's tests) gives most cases and their problems; the
 * cases below it are for commands whose files only the command reads (forecast, s251, notebook, jupyter, import's
 * mapping, plan --compare). The timeout guards against a hang; it is not a speed target.
 */
class HostileInputCatalogueIT {

    /** The problems listed before the rest are counted, and the line that counts them. */
    private static final int CAP = 1000;

    /**
     * A case: the files to lay out, the command, the output it would write and the lines it must print.
     *
     * @param name what is wrong
     * @param files file name to bytes
     * @param output the output file the command is told to write
     * @param args the command's arguments
     * @param expected the problems, each as printed after {@code wcf-finance: }
     */
    record CliCase(String name, Map<String, byte[]> files, String output, List<String> args, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String MAPPING = "cost_centre,code,line\ncc1,*,Placements\n";
    private static final String LEDGER = "date,cost_centre,amount\n2020-04-01,cc1,1\n";

    /** A reader's case as the command that reads that kind of file meets it; empty when no command reads it alone. */
    private static CliCase fromReader(MalformedInputs.Case c) {
        List<String> expected = MalformedInputs.EXPECTED.get(c.name());
        Map<String, byte[]> files = new LinkedHashMap<>();
        return switch (c.reader()) {
            case "ledger" -> {
                files.put("gl.csv", c.input());
                files.put("map.csv", utf8(MAPPING));
                yield new CliCase(c.name(), files, "a.json", List.of("import", "--ledger", "gl.csv", "--mapping", "map.csv",
                        "--year", "2020/21", "--output", "a.json"), expected);
            }
            case "monthly budget" -> {
                files.put("gl.csv", utf8(LEDGER));
                files.put("budget.csv", c.input());
                yield new CliCase(c.name(), files, "out.csv", List.of("actuals", "--gl", "gl.csv", "--budget", "budget.csv",
                        "--year", "2020/21", "--output", "out.csv"), expected);
            }
            case "monitor rows" -> {
                files.put("rows.csv", c.input());
                yield new CliCase(c.name(), files, "out.csv", List.of("monitor", "--rows", "rows.csv", "--year", "2020/21",
                        "--period", "P6", "--output", "out.csv"), expected);
            }
            case "kpi values" -> {
                files.put("kpi.csv", c.input());
                yield new CliCase(c.name(), files, "out.csv", List.of("kpi", "--values", "kpi.csv", "--output", "out.csv"), expected);
            }
            case "assumptions yaml", "assumptions json" -> {
                String name = c.reader().endsWith("yaml") ? "a.yaml" : "a.json";
                files.put(name, c.input());
                yield new CliCase(c.name(), files, "out.md", List.of("plan", "--assumptions", name, "--output", "out.md"), expected);
            }
            case "snapshot yaml", "snapshot json" -> {
                String name = c.reader().endsWith("yaml") ? "s.yaml" : "s.json";
                files.put(name, c.input());
                yield new CliCase(c.name(), files, "out.md", List.of("monitor", "--snapshot", name, "--output", "out.md"), expected);
            }
            case "dsg plan yaml" -> {
                files.put("d.yaml", c.input());
                yield new CliCase(c.name(), files, "out.xlsx", List.of("dsg-plan", "--plan", "d.yaml", "--output", "out.xlsx"),
                        expected);
            }
            case "budget lines", "budget years", "reserves" -> {
                // check --data reads the dataset's files from a folder, by their names there
                if (c.reader().equals("reserves")) {
                    files.put("data/wcf-reserves.csv", c.input());
                } else {
                    files.put("data/wcf-years.csv", c.reader().equals("budget years") ? c.input() : utf8(MalformedInputs.YEARS));
                    files.put("data/wcf-budget-lines.csv", c.reader().equals("budget lines") ? c.input() : utf8(MalformedInputs.LINES));
                }
                List<String> renamed = expected.stream().map(l -> l.replace("lines.csv", "data/wcf-budget-lines.csv")
                        .replace("years.csv", "data/wcf-years.csv").replace("reserves.csv", "data/wcf-reserves.csv")).toList();
                yield new CliCase(c.name(), files, "out.md", List.of("check", "--data", "data", "--output", "out.md"), renamed);
            }
            case "published table" -> {
                files.put("data/published/bp2020-table1-contract-sums.csv", c.input());
                yield new CliCase(c.name(), files, "out.md", List.of("check", "--data", "data", "--output", "out.md"), expected
                        .stream().map(l -> l.replace("t.csv", "data/published/bp2020-table1-contract-sums.csv")).toList());
            }
            // no command reads a budget book or a reserve ledger alone: the reader catalogue covers those
            default -> null;
        };
    }

    private static CliCase of(String name, String command, Map<String, String> files, String output, List<String> expected) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, utf8(v)));
        // an argument holding a space is written with _ for it ("2019/20_P6")
        List<String> args = new ArrayList<>(List.of(command.split(" ")).stream().map(a -> a.replace('_', ' ')).toList());
        return new CliCase(name, bytes, output, args, expected);
    }

    private static final String PLAIN_TEXT = "; text is read as plain characters on one line (no tabs, line breaks, control"
            + ", invisible or direction-override characters): retype the value";

    /** Cases for files only a command reads. */
    private static List<CliCase> commandCases() {
        List<CliCase> cs = new ArrayList<>();
        cs.add(of("forecast: an escape character in a line", "forecast --actuals a.csv --year 2020/21 --period P3 --output f.csv",
                Map.of("a.csv", "line,month,actual\nPlace\u001bments,2020-04,10\n"), "f.csv",
                List.of("a.csv, line 2, column 1 (line): line is 'Place<U+001B>ments': it has U+001B (escape) at character 6"
                        + PLAIN_TEXT)));
        cs.add(of("forecast: an exponent in an actual", "forecast --actuals a.csv --year 2020/21 --period P3 --output f.csv",
                Map.of("a.csv", "line,month,actual\nPlacements,2020-04,1e5\n"), "f.csv",
                List.of("a.csv, line 2, column 3 (actual): amount is '1e5': not an amount; write it as 1234.56, 1,234.56, -975 or (975)")));
        cs.add(of("forecast: month 13", "forecast --actuals a.csv --year 2020/21 --period P3 --output f.csv",
                Map.of("a.csv", "line,month,actual\nPlacements,2020-13,5\n"), "f.csv",
                List.of("a.csv, line 2, column 2 (month): month is '2020-13': write a month as 2016-04")));
        cs.add(of("forecast backtest: a column twice", "forecast backtest --actuals a.csv --year 2020/21 --output f.csv",
                Map.of("a.csv", "line,month,actual,actual\nPlacements,2020-04,5,6\n"), "f.csv",
                List.of("a.csv, line 1, column 4 (actual): the column 'actual' appears twice")));
        cs.add(of("forecast: a direction override in the history", "forecast --actuals a.csv --history h.csv --year 2020/21"
                + " --period P3 --output f.csv", Map.of("a.csv", "line,month,actual\nPlacements,2020-04,5\n",
                        "h.csv", "line,month,actual\n\u202ePlacements,2019-04,5\n"), "f.csv",
                List.of("h.csv, line 2, column 1 (line): line is '<U+202E>Placements': it has U+202E (a direction override) at"
                        + " character 1" + PLAIN_TEXT)));
        cs.add(of("forecast: 2,000 months in year 0", "forecast --actuals a.csv --year 2020/21 --period P3 --output f.csv",
                Map.of("a.csv", "line,month,actual\n" + "Placements,0000-04,5\n".repeat(2000)), "f.csv",
                List.of("a.csv, line 2, column 2 (month): month is '0000-04': outside the financial years the library handles,"
                        + " 1900/01 to 2998/99 (1 April 1900 to 31 March 2999); the same on the next 1,999 lines, to line 2,001")));
        cs.add(of("s251 check: an empty file", "s251 check empty.csv --output c.csv", Map.of("empty.csv", ""), "c.csv",
                List.of("empty.csv: the file is empty: it needs DfE's header line")));
        cs.add(of("s251 check: a direction override in a council's name", "s251 check s.csv --year 2012/13 --output c.csv",
                Map.of("s.csv", "LA,LA Name,LineNumber,CYPServiceDescription,ReportGroup,OwnProvision,PrivateProvision,OtherPublic,Voluntary,TotalExpenditure,Income,NetCurrentExpenditure,GovGrantsInsideAEF,GovGrantsOutsideAEF,LEANetRevenueExpenditure\n"
                        + "210,South\u202ewark,1,1 Spend,SURE START,1,1,1,1,4,0,4,0,0,4\n"), "c.csv",
                List.of("s.csv, line 2, column 2 (la name): la name is 'South<U+202E>wark': it has U+202E (a direction override)"
                        + " at character 6" + PLAIN_TEXT)));
        cs.add(of("import: an escape character in a mapping's line", "import --ledger gl.csv --mapping m.csv --output i.json",
                Map.of("gl.csv", "date,cost_centre,code,amount\n2020-04-01,cc1,E1,1\n", "m.csv", "cost_centre,code,line\ncc1,*,Place\u001bments\n"),
                "i.json", List.of("m.csv, line 2, column 3 (line): line is 'Place<U+001B>ments': it has U+001B (escape) at"
                        + " character 6" + PLAIN_TEXT)));
        cs.add(of("import: a mapping column twice", "import --ledger gl.csv --mapping m.csv --output i.json",
                Map.of("gl.csv", "date,cost_centre,code,amount\n2020-04-01,cc1,E1,1\n", "m.csv", "cost_centre,code,line,line\ncc1,*,P,Q\n"),
                "i.json", List.of("m.csv, line 1, column 4 (line): the column 'line' appears twice")));
        cs.add(of("plan --compare: a tag in the second file", "plan --compare a.yaml t.yaml --output p.md",
                Map.of("a.yaml", "schemaVersion: 1\nname: S\nassumptions: []\n", "t.yaml", "schemaVersion: 1\nname: !!str S\nassumptions: []\n"),
                "p.md", List.of("t.yaml, line 2, column 7: a tag (!!str) decides the value's type here; write the value plainly"
                        + " (tags are not read)")));
        cs.add(of("monitor --previous: an anchor on a plain value", "monitor --snapshot s.yaml --previous p.yaml --output out.md",
                Map.of("s.yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: X, netBudget: 1, forecast: 1}\n",
                        "p.yaml", "schemaVersion: 1\nperiod: 2019/20 P5\nscope: non_dsg\nlines:\n  - {line: &x X, netBudget: 1, forecast: 1}\n"),
                "out.md", List.of("p.yaml, line 5, column 12: an anchor (&x); write each value where it is used (anchors and aliases are not read)")));
        cs.add(of("jupyter convert: a notebook cut short", "jupyter convert bad.ipynb --output b.jsh",
                Map.of("bad.ipynb", "{\"cells\": ["), "b.jsh",
                List.of("bad.ipynb, line 1, column 12: not JSON: Unexpected end-of-input: expected close marker for Array")));
        cs.add(of("jupyter convert: a second JSON value", "jupyter convert two.ipynb --output b.jsh",
                Map.of("two.ipynb", "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5} {}"), "b.jsh",
                List.of("two.ipynb, line 1, column 67: more content after the end of the JSON value; a notebook holds one value")));
        cs.add(of("cycle import: an escape character in a cost centre", "cycle import --ledger gl.csv --mapping map.csv"
                + " --period 2019/20_P6 --db s.db", Map.of("gl.csv", "date,cost_centre,code,amount\n2019-09-01,cc\u001b1,E1,1\n",
                        "map.csv", MAPPING), "s.db",
                List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc<U+001B>1': it has U+001B (escape) at"
                        + " character 3" + PLAIN_TEXT)));
        cs.add(of("cycle close: a tag in a snapshot", "cycle close --snapshot s.yaml --db s.db",
                Map.of("s.yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: !!str X, netBudget: 1, forecast: 1}\n"),
                "s.db", List.of("s.yaml, line 5, column 12: a tag (!!str) decides the value's type here; write the value plainly"
                        + " (tags are not read)")));
        cs.add(new CliCase("notebook: random bytes", Map.of("r.jsh", new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0x80}), "r.html",
                List.of("notebook", "r.jsh", "--output", "r.html"),
                List.of("r.jsh: is not UTF-8 text: a notebook is a JShell script (.jsh) saved as UTF-8")));
        cs.add(new CliCase("jupyter convert: a notebook that is not UTF-8", Map.of("bad.jsh", new byte[] {(byte) 0xff, (byte) 0xfe}),
                "b.ipynb", List.of("jupyter", "convert", "bad.jsh", "--output", "b.ipynb"),
                List.of("bad.jsh: is not UTF-8 text: a notebook is a JShell script (.jsh) or a Jupyter notebook (.ipynb) saved as UTF-8")));
        cs.add(of("kpi: no such file", "kpi --values missing.csv --output k.csv", Map.of(), "k.csv",
                List.of("missing.csv: no such file")));
        return cs;
    }

    static Stream<CliCase> cases() {
        return Stream.concat(MalformedInputs.cases().stream().map(HostileInputCatalogueIT::fromReader)
                .filter(java.util.Objects::nonNull), commandCases().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(120)
    void eachHostileInputExitsTwoNamingItsCellsAndWritesNothing(CliCase c, @TempDir Path dir) throws Exception {
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Path out = dir.resolve(c.output());
        Files.writeString(out, "old output\n");
        List<Path> before;
        try (Stream<Path> s = Files.walk(dir)) {
            before = s.sorted().toList();
        }
        Cli.Run r = Cli.run(dir, c.args().toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as("the cap").hasSizeLessThanOrEqualTo(CAP + 1);
        assertThat(lines).containsExactlyElementsOf(c.expected().stream().map(l -> "wcf-finance: " + l).toList());
        // each line names the file, then its line and column where the problem is in one (the cap's count names the file)
        for (String l : lines) {
            assertThat(l).matches("wcf-finance: [^,: ]+(, line [0-9]+(, column [0-9]+( \\([^)]*\\))?)?)?: .+");
        }
        assertThat(Files.readString(out)).as("the old output is left as it was").isEqualTo("old output\n");
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.sorted().toList()).as("nothing written").isEqualTo(before);
        }
    }

    @Test
    void theCatalogueHasAtLeast150CasesAcrossTheCommands() {
        List<CliCase> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.stream().map(c -> c.args().get(0)).distinct()).contains("import", "actuals", "monitor", "kpi", "plan",
                "dsg-plan", "check", "forecast", "s251", "jupyter", "notebook", "cycle");
    }
}
