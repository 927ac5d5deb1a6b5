package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.reserve.ReserveMovement;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Reads earmarked reserve ledgers from CSV:
 * {@code year,reserve,kind,description,amount_gbp_thousands,route,reference,date,passported}. {@code kind} is
 * {@code opening} (the balance at 1 April), {@code contribution} or {@code drawdown}; a movement needs its
 * approval ({@code route}: annual_budget or change_request, {@code reference}, {@code date}); {@code passported}
 * is yes for a drawdown that funds the company's budget. A reserve without an opening row in a year opens at its
 * closing balance of the year before. Rows are applied in file order; a drawdown above the balance is a problem
 * at its row.
 */
public final class ReserveLedgerCsv {

    private static final List<String> REQUIRED = List.of("year", "reserve", "kind", "amount_gbp_thousands");
    private static final List<String> OPTIONAL = List.of("description", "route", "reference", "date", "passported");

    private ReserveLedgerCsv() {
    }

    /**
     * Reads the ledgers.
     *
     * @param file the file name, for problems
     * @param in the CSV
     * @return one ledger per year in the file, in year order, and every problem
     */
    public static ReadResult<List<ReserveLedger>> read(String file, InputStream in) {
        Map<FiscalYear, Map<String, EarmarkedReserve>> years = new LinkedHashMap<>();
        ReadResult<List<Object>> r;
        try (CsvTable t = CsvTable.open(file, in, REQUIRED, OPTIONAL)) {
            r = t.readAll(row -> {
                FiscalYear year = row.parse("year", FiscalYear::parse);
                String name = row.required("reserve");
                String kind = row.required("kind");
                Money amount = row.amount("amount_gbp_thousands", Amounts.Unit.THOUSANDS);
                if (!row.ok()) {
                    return null;
                }
                Map<String, EarmarkedReserve> ledger = years.computeIfAbsent(year, y -> carried(years, y));
                try {
                    switch (kind.toLowerCase(Locale.ROOT)) {
                        case "opening" -> {
                            if (ledger.containsKey(name) && !ledger.get(name).movements().isEmpty()) {
                                row.fail("kind", "the opening balance of '" + name + "' comes after its movements");
                                return null;
                            }
                            ledger.put(name, EarmarkedReserve.opening(name, year, amount));
                        }
                        case "contribution", "drawdown" -> {
                            Approval approval = approval(row);
                            if (approval == null) {
                                return null;
                            }
                            EarmarkedReserve reserve = ledger.get(name);
                            if (reserve == null) {
                                row.fail("reserve", "reserve '" + name + "' has no opening balance in " + year
                                        + " or the year before; give an opening row first");
                                return null;
                            }
                            String description = row.text("description");
                            boolean passported = "yes".equalsIgnoreCase(row.text("passported"))
                                    || "true".equalsIgnoreCase(row.text("passported"));
                            ledger.put(name, kind.equalsIgnoreCase("drawdown")
                                    ? reserve.draw(description, amount, approval, passported)
                                    : reserve.contribute(description, amount, approval));
                        }
                        default -> {
                            row.fail("kind", "kind is '" + kind + "': it is opening, contribution or drawdown");
                            return null;
                        }
                    }
                } catch (FinanceRuleException e) {
                    row.fail("amount_gbp_thousands", e.getMessage());
                    return null;
                }
                return name;
            });
        }
        List<ReserveLedger> out = new ArrayList<>();
        years.forEach((y, m) -> out.add(new ReserveLedger(y, List.copyOf(m.values()))));
        return ReadResult.of(out, r.problems());
    }

    private static Map<String, EarmarkedReserve> carried(Map<FiscalYear, Map<String, EarmarkedReserve>> years,
            FiscalYear year) {
        Map<String, EarmarkedReserve> m = new LinkedHashMap<>();
        Map<String, EarmarkedReserve> before = years.get(year.previous());
        if (before != null) {
            before.forEach((k, v) -> m.put(k, v.nextYear()));
        }
        return m;
    }

    private static Approval approval(CsvTable.Row row) {
        Approval.Route route = row.parse("route", Approval.Route::parse);
        String reference = row.required("reference");
        LocalDate date = row.parse("date", t -> {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date is '" + t + "': write a date as 2020-01-30");
            }
        });
        if (!row.ok()) {
            return null;
        }
        return new Approval(route, reference, date);
    }

    /**
     * Writes ledgers in this format (amounts in GBP thousands, exact), each reserve with its opening row.
     *
     * @param ledgers the ledgers
     * @return the CSV text
     */
    public static String write(List<ReserveLedger> ledgers) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("year", "reserve", "kind", "description",
                "amount_gbp_thousands", "route", "reference", "date", "passported")));
        for (ReserveLedger l : ledgers) {
            for (EarmarkedReserve r : l.reserves()) {
                sb.append(Csv.line(List.of(l.year().toString(), r.name(), "opening", "",
                        Gbp.inThousands(r.opening()).toPlainString(), "", "", "", "")));
                for (ReserveMovement m : r.movements()) {
                    sb.append(Csv.line(List.of(l.year().toString(), r.name(), m.kind().name().toLowerCase(Locale.ROOT),
                            m.description(), Gbp.inThousands(m.amount()).toPlainString(),
                            m.approval().route().name().toLowerCase(Locale.ROOT), m.approval().reference(),
                            m.approval().date().toString(), m.passportedToCompany() ? "yes" : "no")));
                }
            }
        }
        return sb.toString();
    }
}
