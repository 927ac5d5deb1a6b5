package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Imported actuals name the ledger's own lines: for each line and period, the file's line numbers (as problems count
 * them: the header is line 1) of the postings summed into it, written in every form the import writes and read back
 * by what reads actuals; files written before (without them) still read.
 */
class LedgerProvenanceTest {

    private static final FiscalYear Y = FiscalYear.of(2020);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void eachLineAndPeriodNamesTheLedgerLinesSummedIntoIt() throws Exception {
        Path gl = write("gl.csv", "date,cost_centre,code,description,amount\n"  // line 1
                + "2020-04-03,CC1,E1,a,10.00\n"                                   // 2: Alpha P1
                + "# a comment line\n"                                            // 3
                + "2020-04-04,CC1,E2,b,1.00\n"                                    // 4: Alpha P1 (by *)
                + "2020-04-05,CC1,E1,\"two\nlines\",2.00\n"                       // 5-6: Alpha P1
                + "2020-04-06,CC1,E1,c,3.00\n"                                    // 7: Alpha P1
                + "2020-05-01,CC2,E1,d,4.00\n"                                    // 8: Beta P2
                + "2020-05-02,CC9,E1,e,5.00\n"                                    // 9: unmapped
                + "2020-04-30,CC2,E1,f,6.00\n");                                  // 10: Beta P1
        Path map = write("map.csv", "cost_centre,code,line\nCC1,*,Alpha\nCC1,E1,Alpha\nCC2,E1,Beta\n");
        Actuals a = LedgerImport.run(gl, map, Y).orThrow();
        assertThat(a.provenance().ledger()).isEqualTo(gl.toString());
        List<LedgerLines> alpha = a.provenance().of("Alpha").orElseThrow();
        assertThat(alpha.get(0)).hasToString("2, 4-5, 7");
        assertThat(alpha.get(0).postings()).isEqualTo(4);
        assertThat(alpha.subList(1, 12)).allMatch(LedgerLines::isEmpty);
        List<LedgerLines> beta = a.provenance().of("Beta").orElseThrow();
        assertThat(beta.get(0)).hasToString("10");
        assertThat(beta.get(1)).hasToString("8");

        // written and read back, in each form the import writes
        for (String name : List.of("a.json", "a.yaml", "a.csv")) {
            Path out = dir.resolve(name);
            Files.writeString(out, name.endsWith(".csv") ? MonthlyActualsCsv.writeActuals(a)
                    : LedgerImport.write(a, StructuredFormat.ofFile(name)), StandardCharsets.UTF_8);
            LineActualsFile.LineActuals back = LineActualsFile.read(out, Y).orThrow();
            assertThat(back.provenance()).as(name).isEqualTo(a.provenance());
            assertThat(back.lines()).as(name).isEqualTo(a.lines());
            if (name.endsWith(".csv")) { // forecast --actuals reads the new form as it read the old
                try (java.io.InputStream in = Files.newInputStream(out)) {
                    ReadResult<Map<String, Map<java.time.YearMonth, org.joda.money.Money>>> r = MonthlyActualsCsv.read(name, in);
                    assertThat(r.problems()).isEmpty();
                    assertThat(r.orThrow().get("Alpha").get(java.time.YearMonth.of(2020, 4)).getAmount()).isEqualByComparingTo("16.00");
                }
            }
        }
        assertThat(MonthlyActualsCsv.writeActuals(a)).startsWith("line,month,actual_gbp,ledger,ledger_lines\n")
                .contains("Alpha,2020-04,16.00," + gl + ",\"2, 4-5, 7\"\n").contains("Alpha,2020-05,0.00,,\n");
    }

    @Test
    void filesWrittenBeforeTheLedgerLinesStillRead() throws Exception {
        Path csv = write("old.csv", "line,month,actual_gbp\nAlpha,2020-04,16.00\nAlpha,2020-05,1.00\n");
        LineActualsFile.LineActuals c = LineActualsFile.read(csv, Y).orThrow();
        assertThat(c.provenance()).isEqualTo(Actuals.Provenance.NONE);
        assertThat(c.lines().get("Alpha").get(1).getAmount()).isEqualByComparingTo("1.00");
        Path json = write("old.json", "{\"schemaVersion\": 1, \"year\": \"2020/21\", \"unit\": \"pounds\", \"lines\": [{\"line\": "
                + "\"Alpha\", \"periods\": {\"P1\": \"16.00\", \"P2\": \"0\", \"P3\": \"0\", \"P4\": \"0\", \"P5\": \"0\", \"P6\": \"0\","
                + " \"P7\": \"0\", \"P8\": \"0\", \"P9\": \"0\", \"P10\": \"0\", \"P11\": \"0\", \"P12\": \"0\"}, \"total\": \"16.00\"}],"
                + " \"unmapped\": []}");
        LineActualsFile.LineActuals j = LineActualsFile.read(json, Y).orThrow();
        assertThat(j.provenance()).isEqualTo(Actuals.Provenance.NONE);
        // and forecast --actuals reads both forms of the CSV through the same reader
        try (java.io.InputStream in = Files.newInputStream(csv)) {
            assertThat(MonthlyActualsCsv.read("old.csv", in).problems()).isEmpty();
        }
    }

    @Test
    void ledgerLinesThatAreNotLinesAreRefusedAtTheirCell() throws Exception {
        Path csv = write("bad.csv", "line,month,actual_gbp,ledger,ledger_lines\nAlpha,2020-04,16.00,gl.csv,\"9, 2\"\n"
                + "Alpha,2020-05,1.00,,7\n");
        List<Problem> p = LineActualsFile.read(csv, Y).problems();
        assertThat(p).hasSize(2);
        assertThat(p.get(0).toString()).contains("line 2").contains("ledger_lines").contains("'2, 5, 9-14'");
        assertThat(p.get(1).toString()).contains("line 3").contains("ledger is blank");
    }

    /**
     * Property: for a random ledger, each line and period lists exactly its postings' lines while they fit in the
     * ranges kept, and past them lists a prefix and counts the rest; every posting is counted once.
     */
    @Test
    void theListedLinesAreExactlyThePostingsOfTheFigureUpToWhereTheListStops() throws Exception {
        Random rnd = new Random(4);
        StringBuilder sb = new StringBuilder("date,cost_centre,code,amount\n");
        Map<String, TreeSet<Long>> expected = new LinkedHashMap<>();
        long line = 1;
        for (int i = 0; i < 3000; i++) {
            line++;
            int cc = rnd.nextInt(6);
            int month = rnd.nextInt(12);
            sb.append(Y.period(month + 1).month()).append("-0").append(1 + rnd.nextInt(9)).append(",CC").append(cc)
                    .append(",E").append(rnd.nextInt(3)).append(",1.00\n");
            if (cc < 5) {
                expected.computeIfAbsent("L" + cc % 3 + "/" + (month + 1), k -> new TreeSet<>()).add(line);
            }
        }
        Path gl = write("random.csv", sb.toString());
        StringBuilder m = new StringBuilder("cost_centre,code,line\n");
        for (int cc = 0; cc < 5; cc++) {
            m.append("CC").append(cc).append(",*,L").append(cc % 3).append('\n');
        }
        Actuals a = LedgerImport.run(gl, write("m.csv", m.toString()), Y).orThrow();
        List<String> checked = new ArrayList<>();
        expected.forEach((k, lines) -> {
            String name = k.substring(0, k.indexOf('/'));
            int p = Integer.parseInt(k.substring(k.indexOf('/') + 1));
            LedgerLines got = a.provenance().of(name).orElseThrow().get(p - 1);
            assertThat(got.postings()).as(k).isEqualTo(lines.size());
            assertThat(got.lastLine()).as(k).isEqualTo(lines.last());
            TreeSet<Long> listed = new TreeSet<>();
            got.listed().forEach(r -> {
                for (long l = r.first(); l <= r.last(); l++) {
                    listed.add(l);
                }
            });
            long upTo = got.more() > 0 ? got.moreFrom() - 1 : Long.MAX_VALUE;
            assertThat(listed).as(k).isEqualTo(new TreeSet<>(lines.headSet(upTo, true)));
            if (got.more() > 0) {
                assertThat(got.listed()).as(k).hasSize(LedgerLines.KEPT);
            }
            checked.add(k);
        });
        assertThat(checked).hasSize(36);
    }
}
