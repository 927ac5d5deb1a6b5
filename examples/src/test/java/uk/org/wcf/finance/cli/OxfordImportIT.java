package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Oxford City Council's published quarterly spend extracts, as they are ({@code ../shared/ledgers/oxford/}): a year
 * of them, one file a quarter, goes through {@code import} with one command each, revenue only by {@code --where},
 * though their headers change from quarter to quarter. One mapping file carries the column map for all eight
 * (alternatives for the renamed and misspelt service-area column); the April-June 2014 file, whose every paid
 * date is {@code 00:00:00}, goes into P3 with {@code --in-period}. Each quarter's revenue total, its count of
 * rows left out, and one service area's months are computed here independently, by a plain CSV parse.
 */
class OxfordImportIT {

    @TempDir
    Path dir;

    private static final Pattern QUARTER = Pattern.compile("expenditure-over-500-(apr|jul|oct|jan)-\\w{3}-(\\d{4})\\.csv");
    private static final String WHERE = "Type|caporrev|Capital or Revenue=Revenue";

    private Path mapping;

    @BeforeEach
    void mapping() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(OxfordExtracts.folder()), "the Oxford extracts are not at "
                + OxfordExtracts.folder().toAbsolutePath() + " (../shared is absent in this checkout)");
        mapping = dir.resolve("oxford-mapping.csv");
        Files.writeString(mapping, "# columns: date=Paid Date,cost_centre=Organisational Unit|Organisatonal Unit|Service Area,"
                + "subjective=Expenditure Code,amount=Amount\ncost_centre,code,line\nSuspense,*,Suspense\n");
    }

    /** A quarter as computed here: revenue pence, revenue rows, rows left out, Suspense pence by period. */
    private record Expected(long pence, long revenueRows, long otherRows, Map<Integer, Long> suspenseByPeriod) {
    }

    private static Expected expected(Path file) throws IOException {
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        List<String> head = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        int unit = index(head, "organisational unit", "organisatonal unit", "service area");
        int date = index(head, "paid date");
        int amount = index(head, "amount");
        int type = index(head, "type", "caporrev", "capital or revenue");
        long pence = 0;
        long revenue = 0;
        long other = 0;
        Map<Integer, Long> suspense = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (!r.get(type).strip().equalsIgnoreCase("revenue")) {
                other++;
                continue;
            }
            revenue++;
            long p = new BigDecimal(r.get(amount).strip().replace(",", "")).movePointRight(2).longValueExact();
            pence += p;
            if (r.get(unit).strip().equals("Suspense")) {
                String d = r.get(date).strip();
                int period = d.startsWith("00:") ? 3 : (Integer.parseInt(d.substring(3, 5)) + 8) % 12 + 1;
                suspense.merge(period, p, Long::sum);
            }
        }
        return new Expected(pence, revenue, other, suspense);
    }

    private static int index(List<String> head, String... names) {
        for (String n : names) {
            if (head.contains(n)) {
                return head.indexOf(n);
            }
        }
        throw new IllegalStateException("no column " + List.of(names) + " in " + head);
    }

    /** RFC 4180, enough for these files: quoted cells with commas, doubled quotes. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static long pence(String pounds) {
        return new BigDecimal(pounds).movePointRight(2).longValueExact();
    }

    @Test
    void eachQuarterGoesThroughImportWithOneCommandRevenueOnly() throws Exception {
        List<Path> files;
        try (var s = Files.list(OxfordExtracts.folder())) {
            files = s.filter(p -> QUARTER.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        assertThat(files).hasSize(8);
        for (Path f : files) {
            Matcher q = QUARTER.matcher(f.getFileName().toString());
            q.matches();
            int calendarYear = Integer.parseInt(q.group(2));
            String fy = q.group(1).equals("jan") ? (calendarYear - 1) + "/" + String.format("%02d", calendarYear % 100)
                    : calendarYear + "/" + String.format("%02d", (calendarYear + 1) % 100);
            Path out = dir.resolve(f.getFileName() + ".json");
            List<String> args = new ArrayList<>(List.of("import", "--ledger", f.toAbsolutePath().toString(), "--mapping",
                    mapping.toString(), "--where", WHERE, "--output", out.toString()));
            if (f.getFileName().toString().contains("apr-jun-2014")) {
                // every paid date is 00:00:00: the quarter exists only as a quarter
                args.addAll(List.of("--year", fy, "--in-period", "P3"));
            }
            Cli.Run r = Cli.run(dir, args.toArray(String[]::new));
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            Expected e = expected(f);
            assertThat(r.out()).as(f.toString()).contains("imported " + fy + ": ")
                    .contains("read " + e.revenueRows() + " postings; left out " + e.otherRows() + " rows by --where " + WHERE);
            JsonNode json = new ObjectMapper().readTree(out.toFile());
            assertThat(json.get("year").asText()).isEqualTo(fy);
            long total = 0;
            for (JsonNode line : json.get("lines")) {
                total += pence(line.get("total").asText());
            }
            for (JsonNode u : json.get("unmapped")) {
                total += pence(u.get("total").asText());
            }
            assertThat(total).as(f + ": revenue total in pence").isEqualTo(e.pence());
            Map<Integer, Long> suspense = new TreeMap<>();
            for (JsonNode line : json.get("lines")) {
                if (line.get("line").asText().equals("Suspense")) {
                    for (int p = 1; p <= 12; p++) {
                        long v = pence(line.get("periods").get("P" + p).asText());
                        if (v != 0) {
                            suspense.put(p, v);
                        }
                    }
                }
            }
            e.suspenseByPeriod().values().removeIf(v -> v == 0);
            assertThat(suspense).as(f + ": Suspense by period").isEqualTo(e.suspenseByPeriod());
        }
    }

    @Test
    void aDatedQuarterGoesThroughActualsWithTheSameOptions() throws Exception {
        Path f = OxfordExtracts.folder().resolve("expenditure-over-500-jul-sep-2015.csv");
        Path budget = dir.resolve("budget.csv");
        Files.writeString(budget, "cost_centre,month,budget\nSuspense,2015-07,1000000.00\n");
        Path out = dir.resolve("actuals.csv");
        Cli.Run r = Cli.run(dir, "actuals", "--gl", f.toAbsolutePath().toString(), "--budget", budget.toString(),
                "--columns", "date=Paid Date,cost_centre=Organisational Unit|Organisatonal Unit|Service Area",
                "--where", WHERE, "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Expected e = expected(f);
        assertThat(r.err()).contains(e.otherRows() + " rows left out by --where " + WHERE);
        long total = 0;
        Map<Integer, Long> suspense = new TreeMap<>();
        for (List<String> row : csv(Files.readString(out).replace("\ufeff", "")).subList(1, csv(Files.readString(out)
                .replace("\ufeff", "")).size())) {
            long actual = pence(row.get(3));
            total += actual;
            if (row.get(0).equals("Suspense") && actual != 0) {
                int month = Integer.parseInt(row.get(1).substring(5, 7));
                suspense.put((month + 8) % 12 + 1, actual);
            }
        }
        assertThat(total).isEqualTo(e.pence());
        e.suspenseByPeriod().values().removeIf(v -> v == 0);
        assertThat(suspense).isEqualTo(e.suspenseByPeriod());
    }
}
