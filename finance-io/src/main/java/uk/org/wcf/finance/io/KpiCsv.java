package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.csv.DateSyntax;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.kpi.KpiAssessment;
import uk.org.wcf.finance.kpi.KpiValue;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * KPI definitions and values in CSV, and the assessment written back.
 *
 * <p>Definitions: {@code kpi,area,descriptor,baseline_numerator,baseline_denominator,baseline_period,
 * tolerance_low_pct,tolerance_high_pct,schedule,better} ({@code schedule} monthly, quarterly or annually;
 * {@code better} higher or lower).
 *
 * <p>Values: {@code kpi,month,numerator,denominator} and optionally {@code risk_notified} (yes/no);
 * {@code month} as {@code 2020-06}, a quarterly or annual KPI dated by the last month of its quarter or year.
 */
public final class KpiCsv {

    /** The columns of the assessment written as CSV. */
    public static final List<String> OUTPUT = List.of("kpi", "month", "value_pct", "target_pct", "tolerance_low_pct",
            "tolerance_high_pct", "rag", "out_of_tolerance", "risk_notified", "performance_failure", "repeat_failure");

    private KpiCsv() {
    }

    /**
     * @param file the file name, for problems
     * @param in the CSV
     * @return the KPIs by code, and any problems
     */
    public static ReadResult<Map<String, Kpi>> readDefinitions(String file, InputStream in) {
        Map<String, Kpi> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file, in, List.of("kpi", "area", "descriptor", "baseline_numerator",
                "baseline_denominator", "baseline_period", "tolerance_low_pct", "tolerance_high_pct", "schedule", "better"), List.of())) {
            problems.addAll(t.readAll(row -> {
                String code = row.required("kpi");
                Long num = row.parse("baseline_numerator", s -> AmountSyntax.whole(s, "baseline_numerator"));
                Long den = row.parse("baseline_denominator", s -> AmountSyntax.whole(s, "baseline_denominator"));
                BigDecimal low = row.decimal("tolerance_low_pct");
                BigDecimal high = row.decimal("tolerance_high_pct");
                Kpi.Schedule schedule = row.parse("schedule", s -> Kpi.Schedule.valueOf(s.toUpperCase(Locale.ROOT)));
                Kpi.Direction dir = row.parse("better", s -> switch (s.toLowerCase(Locale.ROOT)) {
                    case "higher" -> Kpi.Direction.HIGHER_IS_BETTER;
                    case "lower" -> Kpi.Direction.LOWER_IS_BETTER;
                    default -> throw new IllegalArgumentException("better is '" + s + "': it is higher or lower");
                });
                if (!row.ok()) {
                    return null;
                }
                try {
                    Kpi k = new Kpi(code, row.text("area"), row.text("descriptor"), num, den, row.text("baseline_period"), low,
                            high, dir, schedule);
                    if (out.putIfAbsent(code, k) != null) {
                        row.fail("kpi", "the KPI " + code + " is defined twice");
                    }
                    return k;
                } catch (IllegalArgumentException e) {
                    row.fail(0, e.getMessage());
                    return null;
                }
            }).problems());
        }
        return ReadResult.of(out, problems);
    }

    /**
     * @param file the file name, for problems
     * @param in the CSV
     * @param kpis the known KPIs
     * @return the values and any problems (an unknown KPI, a bad month, a count above its total, a period twice)
     */
    public static ReadResult<List<KpiValue>> readValues(String file, InputStream in, Map<String, Kpi> kpis) {
        Set<String> seen = new HashSet<>();
        try (CsvTable t = CsvTable.open(file, in, List.of("kpi", "month", "numerator", "denominator"), List.of("risk_notified"))) {
            return t.readAll(row -> {
                String code = row.required("kpi");
                YearMonth month = row.parse("month", s -> DateSyntax.month("month", s, "2020-06"));
                Long num = row.parse("numerator", s -> whole("numerator", s));
                Long den = row.parse("denominator", s -> whole("denominator", s));
                boolean risk = false;
                if (row.has("risk_notified")) {
                    String r = row.text("risk_notified").toLowerCase(Locale.ROOT);
                    if (r.equals("yes") || r.equals("no")) {
                        risk = r.equals("yes");
                    } else {
                        row.fail("risk_notified", "risk_notified is '" + row.text("risk_notified") + "': write yes or no");
                    }
                }
                if (!row.ok()) {
                    return null;
                }
                if (!kpis.containsKey(code)) {
                    row.fail("kpi", "KPI '" + code + "' is unknown; the KPIs are " + new TreeSet<>(kpis.keySet()));
                    return null;
                }
                if (!seen.add(code + "/" + month)) {
                    row.fail("month", code + " has two values for " + month);
                    return null;
                }
                try {
                    return new KpiValue(code, month, num, den, risk);
                } catch (IllegalArgumentException e) {
                    row.fail("numerator", e.getMessage());
                    return null;
                }
            });
        }
    }

    private static Long whole(String column, String s) {
        return AmountSyntax.whole(s, column);
    }

    /**
     * Writes the assessment as CSV: one row per value, with its rating and whether it completes a (repeat)
     * performance failure.
     *
     * @param result the assessment
     * @param policy rounds percentages to one decimal
     * @return the CSV text
     */
    public static String write(KpiAssessment.Result result, RoundingPolicy policy) {
        StringBuilder sb = new StringBuilder(Csv.line(OUTPUT));
        for (KpiAssessment.Rating r : result.ratings()) {
            var failure = result.failures().stream().filter(f -> f.kpi().equals(r.kpi())
                    && f.periods().get(f.periods().size() - 1).equals(r.value().month())).findFirst();
            sb.append(Csv.line(List.of(r.kpi().code(), r.value().month().toString(),
                    policy.round(r.value().percent(), policy.percentScale()).toPlainString(),
                    policy.round(r.kpi().target(), policy.percentScale()).toPlainString(),
                    r.kpi().toleranceLow().toPlainString(), r.kpi().toleranceHigh().toPlainString(), r.rag().word(),
                    r.outOfTolerance() ? "yes" : "no", r.value().riskNotified() ? "yes" : "no",
                    failure.isPresent() ? "yes" : "no", failure.map(f -> f.repeat() ? "yes" : "no").orElse("no"))));
        }
        return sb.toString();
    }
}
