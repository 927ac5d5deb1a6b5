package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Trail;

/**
 * A whole year of a made-up council's forecast returns, run as a finance team would: a generated budget book (40
 * services x 4 subjective groups, written as YAML and turned into the XLSX workbook a finance team keeps by
 * {@code export book}, which every command here then reads), a generated ledger imported once through a mapping, and for each of P1 to
 * P12 the packs written by {@code forecast-pack} (per budget holder, with last period's snapshot), returns filled in
 * by the holders (some late, some with a budget edited, some with a bad cell or a formula), {@code forecast-collect}
 * (refusing the bad returns, then defaulting them) and {@code monitor}, each a separate process. Each period's
 * snapshot is checked line by line, and its report's total row, against figures this test computes on its own from
 * what it generated: the budgets, the holders' forecasts it typed, and run rate (actuals to date x 12 / periods) where
 * a holder's forecast is missing.
 */
class ForecastYearIT {

    private static final String YEAR = "2025/26";
    private static final int SERVICES = 40;
    private static final int HOLDERS = 20;
    private static final String[][] GROUPS = {{"staffing", "Staffing"}, {"premises", "Premises"}, {"transport", "Transport"},
            {"other_non_staffing", "Other Non Staffing"}};

    @TempDir
    Path dir;

    /** A generated line: its name, holder, budget and monthly actuals, in pence. */
    record Line(String name, String service, String holder, long budget, long[] months) {
    }

    /** What a holder does with a pack in a period. */
    enum Status { ON_TIME, LATE, EDITED_BUDGET, TEXT_IN_FORECAST, FORMULA_IN_FORECAST }

    static Status status(int holder, int period) {
        if ((holder + period) % 9 == 0) {
            return Status.LATE;
        }
        if ((holder * 5 + period) % 23 == 0) {
            return Status.EDITED_BUDGET;
        }
        if ((holder * 3 + period * 2) % 29 == 0) {
            return Status.TEXT_IN_FORECAST;
        }
        if ((holder * 7 + period) % 31 == 0) {
            return Status.FORMULA_IN_FORECAST;
        }
        return Status.ON_TIME;
    }

    /** A holder leaves some forecasts blank: those lines keep their suggested outturn. */
    static boolean blank(int lineIndex, int period) {
        return (lineIndex * 7 + period) % 13 == 0;
    }

    /** The holder's forecast, in pence: the budget moved by -10% to +10%, whole pounds. */
    static long holderForecast(Line l, int lineIndex, int period) {
        int pct = (lineIndex * 31 + period * 7) % 21 - 10;
        return l.budget() / 100 * (100 + pct);
    }

    /** Run rate, computed here: actuals to date + their monthly mean for each month left, to the penny (half up). */
    static long runRate(Line l, int period) {
        long ytd = 0;
        for (int m = 0; m < period; m++) {
            ytd += l.months()[m];
        }
        return ytd + BigDecimal.valueOf(ytd).multiply(BigDecimal.valueOf(12 - period))
                .divide(BigDecimal.valueOf(period), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    static long thousands(long pence) {
        return BigDecimal.valueOf(pence, 2).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private List<Line> generate() throws Exception {
        Random rnd = new Random(20251);
        List<Line> lines = new ArrayList<>();
        StringBuilder book = new StringBuilder("schemaVersion: 1\nyear: " + YEAR + "\nstatus: agreed\nunit: pounds\nservices:\n");
        StringBuilder mapping = new StringBuilder("cost_centre,code,line\n");
        StringBuilder holders = new StringBuilder("line,holder\n");
        for (int s = 1; s <= SERVICES; s++) {
            String ref = String.format("S%02d", s);
            String name = "Hartwell Service " + ref;
            book.append("  - {ref: ").append(ref).append(", name: ").append(name).append(", directorate: Hartwell People}\n");
            holders.append(ref).append(",").append(String.format("H%02d", (s - 1) / 2 + 1)).append('\n');
        }
        book.append("lines:\n");
        StringBuilder ledger = new StringBuilder("date,cost_centre,subjective,amount\n");
        int month0 = Integer.parseInt(YEAR.substring(0, 4));
        for (int s = 1; s <= SERVICES; s++) {
            String ref = String.format("S%02d", s);
            for (int g = 0; g < GROUPS.length; g++) {
                long budget = (20_000L + rnd.nextInt(3_000_000)) * 100;
                String line = "Hartwell Service " + ref + " / " + GROUPS[g][1];
                String cc = ref + "-" + (g + 1);
                book.append("  - {service: ").append(ref).append(", group: ").append(GROUPS[g][0]).append(", amount: ")
                        .append(pounds(budget)).append("}\n");
                mapping.append(cc).append(",*,").append(line).append('\n');
                long[] months = new long[12];
                for (int m = 0; m < 12; m++) {
                    int calMonth = (3 + m) % 12 + 1;
                    int calYear = m < 9 ? month0 : month0 + 1;
                    for (int k = 0; k < 3; k++) {
                        long pence = budget / 36 * (85 + rnd.nextInt(31)) / 100 + rnd.nextInt(100);
                        months[m] += pence;
                        ledger.append(String.format("%d-%02d-%02d,%s,E%d%03d,%s%n", calYear, calMonth, 5 + k * 9, cc, g + 1, k,
                                pounds(pence)));
                    }
                }
                lines.add(new Line(line, ref, String.format("H%02d", (s - 1) / 2 + 1), budget, months));
            }
        }
        Files.writeString(dir.resolve("book.yaml"), book);
        Files.writeString(dir.resolve("mapping.csv"), mapping);
        Files.writeString(dir.resolve("holders.csv"), holders);
        Files.writeString(dir.resolve("ledger.csv"), ledger);
        return lines;
    }

    private static Cli.Run ok(Cli.Run r, String what) {
        assertThat(r.exit()).as("%s%n%s%n%s", what, r.out(), r.err()).isZero();
        return r;
    }

    @Test
    void aWholeYearOfPacksReturnsAndReportsAddsUpToWhatWasGenerated() throws Exception {
        List<Line> lines = generate();
        ok(Cli.run(dir, "export", "book", "--book", "book.yaml", "--output", "book.xlsx"), "export book");
        ok(Cli.run(dir, "import", "--ledger", "ledger.csv", "--mapping", "mapping.csv", "--output", "actuals.json"), "import");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            index.put(lines.get(i).name(), i);
        }
        int refusedSeen = 0;
        int lateSeen = 0;
        List<String> totals = new ArrayList<>();
        for (int p = 1; p <= 12; p++) {
            String pn = "P" + p;
            String packs = "packs-" + pn;
            List<String> args = new ArrayList<>(List.of("forecast-pack", "--book", "book.xlsx", "--actuals", "actuals.json",
                    "--year", YEAR, "--period", pn, "--holders", "holders.csv", "--output", packs));
            if (p > 1) {
                args.addAll(List.of("--previous", "P" + (p - 1) + ".yaml"));
            }
            Cli.Run pack = ok(Cli.run(dir, args.toArray(String[]::new)), "forecast-pack " + pn);
            assertThat(pack.out()).contains("wrote " + HOLDERS + " packs of " + YEAR + " " + pn + " (160 lines)");

            // the holders fill the packs in, as they would in Excel, and send them back to the returns folder
            Path returns = Files.createDirectories(dir.resolve("returns-" + pn));
            Map<String, Long> expected = new LinkedHashMap<>();
            Map<String, String> expectedCell = new LinkedHashMap<>();
            List<String> refusals = new ArrayList<>();
            int defaulted = 0;
            for (int h = 1; h <= HOLDERS; h++) {
                String holder = String.format("H%02d", h);
                Status st = status(h, p);
                Path packFile = dir.resolve(packs).resolve(holder + ".xlsx");
                assertThat(packFile).exists();
                List<Line> mine = lines.stream().filter(l -> l.holder().equals(holder)).toList();
                boolean usable = st == Status.ON_TIME;
                if (st != Status.LATE) {
                    try (InputStream in = Files.newInputStream(packFile); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                        Sheet s = wb.getSheet("Forecast");
                        for (int i = 0; i < mine.size(); i++) {
                            Line l = mine.get(i);
                            Row row = s.getRow(5 + i);
                            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(l.name());
                            if (p > 1) {
                                // last period's forecast, as the previous snapshot has it
                                assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                                        .as("last period's forecast of %s in %s", l.name(), pn)
                                        .isEqualByComparingTo(BigDecimal.valueOf(previousForecast.get(l.name()), 2));
                            }
                            if (!blank(index.get(l.name()), p)) {
                                row.getCell(7).setCellValue(holderForecast(l, index.get(l.name()), p) / 100.0);
                            }
                        }
                        String name = "returns-" + pn + "/" + holder + ".xlsx";
                        switch (st) {
                            case EDITED_BUDGET -> {
                                s.getRow(5).getCell(2).setCellValue(mine.get(0).budget() / 100.0 + 1000);
                                refusals.add(name + ", sheet Forecast, cell C6: is ");
                            }
                            case TEXT_IN_FORECAST -> {
                                s.getRow(6).getCell(7).setCellValue("12k");
                                refusals.add(name + ", sheet Forecast, cell H7: '12k' is not an amount");
                            }
                            case FORMULA_IN_FORECAST -> {
                                s.getRow(5).getCell(7).setCellFormula("C6*1.05");
                                refusals.add(name + ", sheet Forecast, cell H6: holds a formula ('=C6*1.05')");
                            }
                            default -> { }
                        }
                        try (OutputStream out = Files.newOutputStream(returns.resolve(holder + ".xlsx"))) {
                            wb.write(out);
                        }
                    }
                } else {
                    lateSeen++;
                }
                for (int i = 0; i < mine.size(); i++) {
                    Line l = mine.get(i);
                    int li = index.get(l.name());
                    if (usable && !blank(li, p)) {
                        expected.put(l.name(), holderForecast(l, li, p));
                        expectedCell.put(l.name(), "returns-" + pn + "/" + holder + ".xlsx, sheet Forecast, cell H" + (6 + i));
                    } else {
                        expected.put(l.name(), p == 12 ? runRate(l, 12) : runRate(l, p));
                        defaulted++;
                    }
                }
            }
            String snapshot = pn + ".yaml";
            List<String> collect = new ArrayList<>(List.of("forecast-collect", "returns-" + pn, "--book", "book.xlsx",
                    "--actuals", "actuals.json", "--year", YEAR, "--period", pn, "--holders", "holders.csv",
                    "--title", "Hartwell forecast " + pn, "--output", snapshot));
            if (!refusals.isEmpty() && p % 4 == 1) {
                // strict (in P1, P5 and P9, to keep the run short): every bad return named at workbook, sheet and cell,
                // exit 2, nothing written
                Cli.Run strict = Cli.run(dir, collect.toArray(String[]::new));
                assertThat(strict.exit()).as(strict.err()).isEqualTo(2);
                for (String r : refusals) {
                    assertThat(strict.err()).as("collect %s", pn).contains(r);
                }
                assertThat(strict.err().lines().count()).as(strict.err()).isEqualTo(refusals.size());
                assertThat(dir.resolve(snapshot)).doesNotExist();
            }
            if (!refusals.isEmpty()) {
                refusedSeen += refusals.size();
                collect.add("--default-refused");
            }
            Cli.Run c = ok(Cli.run(dir, collect.toArray(String[]::new)), "forecast-collect " + pn);
            // with --default-refused the same problems are named on stderr, and their packs' lines are defaulted
            for (String r : refusals) {
                assertThat(c.err()).as("collect %s --default-refused", pn).contains("wcf-finance: refused: " + r);
            }
            assertThat(c.err().lines().filter(x -> x.startsWith("wcf-finance: refused: ")).count()).isEqualTo(refusals.size());
            assertThat(c.out()).contains("defaulted to the suggested outturn (" + defaulted + " lines");

            // the snapshot, line by line, against this test's own figures
            MonitoringSnapshot snap = SnapshotFile.read(dir.resolve(snapshot)).orThrow();
            Map<String, Trail> trails = SnapshotFile.readTrails(dir.resolve(snapshot)).orThrow();
            long budgetTotal = 0;
            long forecastTotal = 0;
            long prevVariance = 0;
            assertThat(snap.lines()).hasSize(160);
            for (MonitoringLine ml : snap.lines()) {
                Line l = lines.get(index.get(ml.line()));
                assertThat(ml.netBudget().getAmountMinorLong()).as(ml.line()).isEqualTo(l.budget());
                assertThat(ml.forecast().getAmountMinorLong()).as("%s in %s", ml.line(), pn).isEqualTo(expected.get(ml.line()));
                Trail t = trails.get(ml.line());
                assertThat(t.steps().get(0).source()).isEqualTo("book.xlsx");
                // the actuals name the ledger's own lines, through the file the import wrote: the generator wrote each
                // line's 36 postings (3 a month) one after another, below the header
                long firstLine = 2 + 36L * index.get(ml.line());
                assertThat(t.steps().get(1).source()).isEqualTo("ledger.csv");
                assertThat(t.steps().get(1).location()).startsWith("lines " + firstLine + "-" + (firstLine + 3L * p - 1) + " ("
                        + 3 * p + " postings), P1 to P" + p + ", via import actuals.json, line ");
                long ytd = 0;
                for (int m = 0; m < p; m++) {
                    ytd += l.months()[m];
                }
                assertThat(t.steps().get(1).amount().getAmountMinorLong()).isEqualTo(ytd);
                Trail.Step f = t.steps().get(2);
                if (expectedCell.containsKey(ml.line())) {
                    assertThat(f.source() + ", " + f.location()).startsWith(expectedCell.get(ml.line()));
                } else {
                    assertThat(f.figure()).isEqualTo(Trail.DEFAULTED);
                    assertThat(f.source()).isEqualTo("suggested outturn by run-rate");
                }
                budgetTotal += l.budget();
                forecastTotal += expected.get(ml.line());
                if (p > 1) {
                    prevVariance += previousForecast.get(ml.line()) - l.budget();
                }
            }
            previousForecast.clear();
            previousForecast.putAll(expected);

            // the report, as monitor prints it in CSV: the total row in £000, rounded once from the exact total
            List<String> report = new ArrayList<>(List.of("monitor", "--snapshot", snapshot, "--format", "csv"));
            if (p > 1) {
                report.addAll(List.of("--previous", "P" + (p - 1) + ".yaml"));
            }
            Cli.Run m = ok(Cli.run(dir, report.toArray(String[]::new)), "monitor " + pn);
            List<String> header = List.of(m.out().lines().findFirst().orElseThrow().split(",", -1));
            List<String> total = List.of(m.out().lines().filter(x -> x.startsWith("Total,")).findFirst().orElseThrow().split(",", -1));
            assertThat(total.get(header.indexOf("net_budget"))).isEqualTo("" + thousands(budgetTotal));
            assertThat(total.get(header.indexOf("forecast"))).as("forecast total %s", pn).isEqualTo("" + thousands(forecastTotal));
            assertThat(total.get(header.indexOf("variance_before_adjustments")))
                    .isEqualTo("" + thousands(forecastTotal - budgetTotal));
            if (p > 1) {
                assertThat(total.get(header.indexOf("variance_last_period"))).isEqualTo("" + thousands(prevVariance));
            }
            totals.add(pn + ": budget " + pounds(budgetTotal) + ", forecast " + pounds(forecastTotal) + ", defaulted "
                    + defaulted + ", refused " + refusals.size());
        }
        // one line's trail, as monitor explains it: a holder's figure in P7 and a default in P12
        Cli.Run explain = ok(Cli.run(dir, "monitor", "--snapshot", "P7.yaml", "--explain", lines.get(0).name()), "explain");
        assertThat(explain.out()).contains("net budget £").contains("book.xlsx, service S01, group staffing")
                .contains("actuals to date £").contains(": ledger.csv, line").contains("via import actuals.json, line ");
        assertThat(refusedSeen).as("bad returns in the year").isGreaterThanOrEqualTo(5);
        assertThat(lateSeen).as("late returns in the year").isGreaterThanOrEqualTo(10);
        Files.writeString(dir.resolve("totals.txt"), String.join("\n", totals), StandardCharsets.UTF_8);
        System.out.println("ForecastYearIT:\n  " + String.join("\n  ", totals));
    }

    private final Map<String, Long> previousForecast = new LinkedHashMap<>();
}
