package uk.org.wcf.finance.s251;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.budget.FundingLine;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/** A council's own statement keeps every rule of the return, whatever its book holds. */
class S251StatementTest {

    static final LineCatalogue Y2012 = LineCatalogue.forYear(FiscalYear.of(2012)).orElseThrow();

    static final List<Integer> SPEND_LINES = Y2012.lines().stream().filter(l -> !l.kind().isTotal())
            .map(S251Line::number).toList();

    static final List<Integer> GRANT_LINES = Y2012.lines().stream().filter(l -> l.kind() == LineKind.ITEM
            && l.measures().contains(Measure.GOV_GRANTS_INSIDE_AEF)).map(S251Line::number).toList();

    @Test
    void aStatementBuiltFromAGeneratedBookKeepsEveryIdentity() {
        qt().withExamples(100).forAll(Generators.budgetBooks(), lists().of(integers().between(0, 1000)).ofSize(64))
                .checkAssert((book, picks) -> {
                    List<BookMapping> mappings = mappings(book, picks);
                    CouncilReturn c = S251Statement.fromBook(book, mappings, Y2012, "885", "Worcestershire");
                    assertThat(S251Check.check(Y2012, c)).isEmpty();
                    assertThat(c.lines().keySet()).hasSize(Y2012.lines().size());
                    for (S251Line l : Y2012.lines()) {
                        for (Measure m : Measure.values()) {
                            assertThat(c.figures(l.number()).orElseThrow().isApplicable(m)).as(l + " " + m)
                                    .isEqualTo(l.measures().contains(m));
                        }
                    }
                    // the grand total (including CERA) is every penny of spend mapped to a line in a sum
                    long spend = 0;
                    for (StatementEntry e : S251Statement.entries(book, mappings, Y2012)) {
                        boolean memo = Y2012.line(e.line()).kind() == LineKind.MEMO;
                        boolean isSpend = e.measure().ordinal() <= Measure.TOTAL_EXPENDITURE.ordinal();
                        if (!memo && isSpend) {
                            spend += e.amount().getAmountMinorLong();
                        }
                    }
                    assertThat(c.figures(32).orElseThrow().pence(Measure.TOTAL_EXPENDITURE)).isEqualTo(OptionalLong.of(spend));
                });
    }

    /** Tags each book line with a line picked by the generated numbers; about one in ten is left off. */
    static List<BookMapping> mappings(BudgetBook book, List<Integer> picks) {
        List<BookMapping> out = new ArrayList<>();
        int k = 0;
        for (BudgetLine l : book.lines()) {
            int p = picks.get(k++ % picks.size());
            Optional<String> line = p % 10 == 0 ? Optional.empty()
                    : Optional.of(String.valueOf(SPEND_LINES.get(p % SPEND_LINES.size())));
            Optional<Measure> m = line.isPresent() && Y2012.line(Integer.parseInt(line.get())).measures()
                    .contains(Measure.PRIVATE_PROVISION) && p % 3 == 0 ? Optional.of(Measure.PRIVATE_PROVISION)
                            : Optional.empty();
            out.add(BookMapping.of(l.line().toString(), line, m));
        }
        book.incomeOutsideContract().forEach(i -> out.add(BookMapping.of(i.name(), Optional.of("6"), Optional.empty())));
        for (FundingLine f : book.passThrough()) {
            int p = picks.get(k++ % picks.size());
            out.add(BookMapping.of(f.source().code(), Optional.of(String.valueOf(GRANT_LINES.get(p % GRANT_LINES.size()))),
                    Optional.of(p % 2 == 0 ? Measure.GOV_GRANTS_INSIDE_AEF : Measure.GOV_GRANTS_OUTSIDE_AEF)));
        }
        return out;
    }

    @Test
    void anOutturnFromTheYearsActualsTakesEachLinesYearTotalAndIncomeAsACredit() {
        List<Money> fostering = new ArrayList<>(java.util.Collections.nCopies(12, Gbp.pounds(1000)));
        List<Money> fees = new ArrayList<>(java.util.Collections.nCopies(12, Gbp.zero()));
        fees.set(11, Gbp.pounds(-250));
        Map<String, List<Money>> lines = new LinkedHashMap<>();
        lines.put("Fostering", fostering);
        lines.put("Fees", fees);
        Actuals actuals = new Actuals(FiscalYear.of(2012), lines, List.of());
        CouncilReturn c = S251Statement.fromActuals(actuals, List.of(
                BookMapping.of("Fostering", Optional.of("6"), Optional.empty()),
                BookMapping.of("fees", Optional.of("Fostering services"), Optional.of(Measure.INCOME))), Y2012, "885", "W");
        assertThat(c.figures(6).orElseThrow().get(Measure.OWN_PROVISION)).contains(Gbp.pounds(12_000));
        assertThat(c.figures(6).orElseThrow().get(Measure.INCOME)).contains(Gbp.pounds(250));
        assertThat(c.figures(15).orElseThrow().get(Measure.NET_CURRENT_EXPENDITURE)).contains(Gbp.pounds(11_750));
        assertThat(S251Check.check(Y2012, c)).isEmpty();
        Actuals withUnmapped = new Actuals(FiscalYear.of(2012), lines,
                List.of(new Actuals.Unmapped("CC9", "E7", 2, Gbp.pounds(75))));
        assertThatThrownBy(() -> S251Statement.fromActuals(withUnmapped, List.of(), Y2012, "885", "W"))
                .hasMessageContaining("unmapped ledger postings is 1 cost centre and code pairs totalling 75.00");
        assertThatThrownBy(() -> S251Statement.fromActuals(actuals,
                List.of(BookMapping.of("Fostering", Optional.of("6"), Optional.empty())), Y2012, "885", "W"))
                .hasMessageContaining("actuals lines without an s251 line is [Fees]");
    }

    @Test
    void totalsAndComputedMeasuresAreNeverEntered() {
        assertThatThrownBy(() -> S251Statement.build(Y2012, "885", "W",
                List.of(StatementEntry.of(15, Measure.OWN_PROVISION, Gbp.pounds(1), "Fostering / Staffing"))))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("a total is computed from its lines; map the amount to one of lines [5, 6,");
        assertThatThrownBy(() -> S251Statement.build(Y2012, "885", "W",
                List.of(StatementEntry.of(6, Measure.NET_CURRENT_EXPENDITURE, Gbp.pounds(1), "x"))))
                .hasMessageContaining("measure for 'x' is NetCurrentExpenditure: line 6 Fostering services takes");
        assertThatThrownBy(() -> S251Statement.build(Y2012, "885", "W",
                List.of(StatementEntry.of(30, Measure.OWN_PROVISION, Gbp.pounds(1), "YOS"))))
                .hasMessageContaining("line 30 Youth Justice takes Income, TotalExpenditure");
    }

    @Test
    void aLineWithoutProvisionColumnsTakesItsTotalAndKeepsTheOthersNotApplicable() {
        CouncilReturn c = S251Statement.build(Y2012, "885", "W", List.of(
                StatementEntry.of(30, Measure.TOTAL_EXPENDITURE, Gbp.pounds("2313385"), "YOS"),
                StatementEntry.of(30, Measure.INCOME, Gbp.pounds("1705995"), "YOS income")));
        Figures yj = c.figures(30).orElseThrow();
        assertThat(yj.get(Measure.NET_CURRENT_EXPENDITURE)).contains(Gbp.pounds(607_390));
        assertThat(yj.get(Measure.OWN_PROVISION)).isEmpty();
        assertThat(yj.get(Measure.LEA_NET_REVENUE_EXPENDITURE)).isEmpty();
        assertThat(c.figures(33).orElseThrow().get(Measure.TOTAL_EXPENDITURE)).contains(Gbp.pounds(2_313_385));
        assertThat(c.figures(34).orElseThrow().get(Measure.TOTAL_EXPENDITURE)).contains(Gbp.zero());
    }
}
