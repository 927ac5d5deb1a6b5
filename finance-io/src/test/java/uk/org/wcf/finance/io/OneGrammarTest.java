package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.io.internal.csv.DateSyntax;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * One grammar for amounts and dates: the generic reader ({@link Amounts}, {@link DateSyntax#parse(String, String,
 * DateFormat)}) and the streaming ledger's byte path give the same value or the same refusal for any text.
 */
class OneGrammarTest {

    private static final String[] AMOUNT_PIECES = {"0", "1", "2", "5", "9", "00", "123", "999", ",", ".", "-", "(", ")",
        "£", " ", "\t", "e", "+", "1,234", "000", "99999999", ",000", ".5", ".00", "x"};

    private static Gen<String> texts(String[] pieces, int max) {
        return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, max).map(is -> {
            StringBuilder sb = new StringBuilder();
            is.forEach(i -> sb.append(pieces[i]));
            return sb.toString();
        });
    }

    /** The generic reader's answer: the pence, or the kind of refusal. */
    private static String generic(String text, boolean thousands) {
        try {
            Money m = Amounts.parse(text, thousands ? Amounts.Unit.THOUSANDS : Amounts.Unit.POUNDS);
            return m.getAmountMinor().toPlainString();
        } catch (IllegalArgumentException e) {
            return e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
        }
    }

    /** The ledger's answer for the same cell, quoted as a CSV writer would. */
    private static String ledger(String text, boolean thousands) {
        String csv = "date,cost_centre," + (thousands ? "amount_gbp_thousands" : "amount") + "\n2020-04-01,cc1,"
                + quoted(text) + "\n";
        long[] got = {Long.MIN_VALUE};
        LedgerSummary r = LedgerReader.read("g.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> got[0] = pence);
        if (r.problems().isEmpty()) {
            return Long.toString(got[0]);
        }
        String m = r.problems().get(0).message();
        return m.substring(m.indexOf("': ") + 3);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Test
    void bothPathsGiveTheSameAmountOrTheSameRefusal() {
        qt().withExamples(4000).forAll(texts(AMOUNT_PIECES, 8), integers().between(0, 1)).checkAssert((text, unit) -> {
            assertThat(ledger(text, unit == 1)).as("'" + text + "'").isEqualTo(generic(text, unit == 1));
        });
    }

    @Test
    void theGrammarAcceptsWhatFinanceStaffWriteAndItsValueIsExact() {
        qt().withExamples(2000).forAll(integers().between(-1_000_000_000, 1_000_000_000), integers().between(0, 99))
                .checkAssert((pounds, pence) -> {
                    BigDecimal v = BigDecimal.valueOf(pounds).add(BigDecimal.valueOf(pounds < 0 ? -pence : pence, 2));
                    String plain = v.toPlainString();
                    String grouped = String.format("%,.2f", v.abs());
                    String bracketed = v.signum() < 0 ? "(£" + grouped + ")" : "£" + grouped;
                    long expected = v.movePointRight(2).longValueExact();
                    for (String t : List.of(plain, bracketed)) {
                        assertThat(generic(t, false)).as(t).isEqualTo(Long.toString(expected));
                        assertThat(ledger(t, false)).as(t).isEqualTo(Long.toString(expected));
                    }
                });
    }

    @Test
    void noAmountCanWrapALong() {
        for (String t : List.of("92233720368547758.07", "99999999999999", "999999999999999999999999", "922,337,203,685,477.58",
                "(99999999999999.99999)", "-92233720368547758")) {
            for (boolean k : new boolean[] {false, true}) {
                assertThat(generic(t, k)).as(t).startsWith("a trillion pounds or more");
                assertThat(ledger(t, k)).as(t).startsWith("a trillion pounds or more");
            }
        }
        assertThat(generic("999999999999.99", false)).isEqualTo("99999999999999");
        assertThat(generic("999999999.99999", true)).isEqualTo("99999999999999");
    }

    private static final String[] DATE_PIECES = {"2020", "1899", "0000", "3000", "-", "/", " ", "01", "1", "12", "13",
        "29", "30", "31", "02", "Apr", "FEB", "sep", "Sept", "0", "4", "x", "2021"};

    private static String genericDate(String text, DateFormat f) {
        try {
            LocalDate d = DateSyntax.parse("date", text, f);
            return d.toString();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String ledgerDate(String text, DateFormat f) {
        String csv = "date,cost_centre,amount\n" + quoted(text) + ",cc1,1\n";
        List<String> got = new ArrayList<>();
        LedgerSummary r = LedgerReader.read("g.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                null, LedgerReader.POSTINGS, f, (cc, code, p, pence) -> got.add("P" + p));
        if (r.problems().isEmpty()) {
            // the year is taken from the date, so the period names the date's month
            return r.year().orElseThrow().start().plusMonths(Integer.parseInt(got.get(0).substring(1)) - 1L).toString().substring(0, 7);
        }
        return r.problems().get(0).message();
    }

    @Test
    void bothPathsReadTheSameDateOrGiveTheSameRefusal() {
        qt().withExamples(4000).forAll(texts(DATE_PIECES, 6), integers().between(0, DateFormat.values().length - 1))
                .checkAssert((text, fi) -> {
                    if (text.isBlank() || !text.equals(text.strip())) {
                        return;
                    }
                    DateFormat f = DateFormat.values()[fi];
                    String g = genericDate(text, f);
                    String l = ledgerDate(text, f);
                    if (g.startsWith("date is")) {
                        assertThat(l).as("'" + text + "' " + f).isEqualTo(g);
                    } else {
                        assertThat(l).as("'" + text + "' " + f).isEqualTo(g.substring(0, 7));
                    }
                });
    }

    @Test
    void ukDatesAreDayFirstNeverMonthFirst() {
        assertThat(genericDate("14/04/2020", DateFormat.AUTO)).isEqualTo("2020-04-14");
        assertThat(genericDate("4/4/2020", DateFormat.DAY_MONTH_YEAR)).isEqualTo("2020-04-04");
        assertThat(genericDate("14-Apr-2020", DateFormat.AUTO)).isEqualTo("2020-04-14");
        assertThat(genericDate("14 apr 2020", DateFormat.DAY_MONTH_NAME_YEAR)).isEqualTo("2020-04-14");
        assertThat(genericDate("04/14/2020", DateFormat.AUTO)).isEqualTo("date is '04/14/2020': not a date");
        assertThat(genericDate("14/04/2020", DateFormat.ISO))
                .isEqualTo("date is '14/04/2020': write a date as 2020-06-30 (the date format is yyyy-mm-dd)");
        assertThat(genericDate("2020-04-14", DateFormat.DAY_MONTH_YEAR))
                .isEqualTo("date is '2020-04-14': write a date as 30/06/2020, day first (the date format is dd/mm/yyyy)");
        assertThat(genericDate("29/02/2021", DateFormat.AUTO)).isEqualTo("date is '29/02/2021': not a date");
        assertThat(genericDate("01/04/1899", DateFormat.AUTO))
                .isEqualTo("date is '01/04/1899': outside the financial years the library handles, 1900/01 to 2998/99"
                        + " (1 April 1900 to 31 March 2999)");
        assertThat(genericDate("0000-04-01", DateFormat.AUTO)).startsWith("date is '0000-04-01': outside the financial years");
        assertThat(genericDate("2999-04-01", DateFormat.AUTO)).startsWith("date is '2999-04-01': outside the financial years");
    }
}
