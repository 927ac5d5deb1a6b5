package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.plan.Assumption;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.ContractVariation;
import uk.org.wcf.finance.plan.DemandGrowth;
import uk.org.wcf.finance.plan.FlatCashAward;
import uk.org.wcf.finance.plan.Investment;
import uk.org.wcf.finance.plan.LineRef;
import uk.org.wcf.finance.plan.OneOffFromReserves;
import uk.org.wcf.finance.plan.OtherMovement;
import uk.org.wcf.finance.plan.Saving;
import uk.org.wcf.finance.plan.SavingStatus;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.plan.UtilitiesInflation;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** Write then read gives back the same model, in every format the library writes. */
class RoundTripTest {

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<Money> money(long maxPence) {
        return longs().between(0, maxPence).map(p -> Money.ofMinor(CurrencyUnit.GBP, p));
    }

    private static Gen<String> names() {
        return strings().basicLatinAlphabet().ofLengthBetween(1, 24).map(s -> s.strip().isEmpty() ? "n" : s.strip());
    }

    private static Gen<BudgetBook> books() {
        return lists().of(money(5_000_000_000L)).ofSizeBetween(1, 20).zip(lists().of(money(500_000_000L)).ofSize(9),
                names(), integers().between(2000, 2090), (lines, funding, name, y) -> {
                    BudgetBook.Builder b = BudgetBook.builder(FiscalYear.of(y));
                    for (int i = 0; i < lines.size(); i++) {
                        Service s = Service.of(String.valueOf((char) ('A' + i / 4)), name + " " + (i / 4),
                                uk.org.wcf.finance.structure.Directorate.of("d" + (i / 8), "Dir, " + name));
                        b.line(uk.org.wcf.finance.structure.CostLine.of(s, SubjectiveGroup.PUBLISHED.get(i % 4),
                                i % 3 == 0 ? "detail_" + i : ""), lines.get(i));
                    }
                    b.incomeOutsideContract("=Fees, " + name, funding.get(8));
                    for (int f = 0; f < 8; f++) {
                        b.passThrough(FundingSource.PUBLISHED.get(f), funding.get(f));
                    }
                    return b.build();
                });
    }

    @Test
    void budgetBooksInJsonAndYaml() {
        qt().forAll(books()).checkAssert(book -> {
            for (StructuredFormat f : StructuredFormat.values()) {
                BudgetBook back = BudgetBookFile.read("b", in(BudgetBookFile.write(book, f)), f).orThrow();
                assertThat(back).isEqualTo(book);
            }
        });
    }

    @Test
    void budgetBooksInCsvKeepEveryFigure() {
        qt().forAll(books()).checkAssert(book -> {
            var back = BudgetBookCsv.read("y.csv", in(BudgetBookCsv.writeYears(List.of(book))), "l.csv",
                    in(BudgetBookCsv.writeLines(List.of(book)))).orThrow().get(0);
            assertThat(back.grossExpenditure()).isEqualTo(book.grossExpenditure());
            assertThat(back.passThrough()).isEqualTo(book.passThrough());
            assertThat(back.incomeOutsideContract()).isEqualTo(book.incomeOutsideContract());
            for (var l : book.lines()) {
                // the CSV has no detail column: details of a service and group add together
                assertThat(back.grossOf(back.service(l.line().service().ref()), l.line().group()))
                        .isEqualTo(book.grossOf(l.line().service(), l.line().group()));
            }
        });
    }

    @Test
    void reserveLedgersInJsonYamlAndCsv() {
        Approval a = Approval.changeRequest("CR-1, \"urgent\"", LocalDate.of(2020, 7, 1));
        qt().forAll(lists().of(money(100_000_000L)).ofSizeBetween(1, 10), names()).checkAssert((amounts, name) -> {
            List<EarmarkedReserve> reserves = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                Money m = amounts.get(i);
                EarmarkedReserve r = EarmarkedReserve.opening(name + " " + i, FiscalYear.of(2020), m.multipliedBy(2))
                        .draw("- draw", m, a, i % 2 == 0).contribute("", m, Approval.annualBudget("B", LocalDate.of(2020, 1, 30)));
                reserves.add(r);
            }
            ReserveLedger ledger = new ReserveLedger(FiscalYear.of(2020), reserves);
            for (StructuredFormat f : StructuredFormat.values()) {
                assertThat(ReserveLedgerFile.read("r", in(ReserveLedgerFile.write(ledger, f)), f).orThrow())
                        .isEqualTo(ledger);
            }
            assertThat(ReserveLedgerCsv.read("r.csv", in(ReserveLedgerCsv.write(List.of(ledger)))).orThrow())
                    .containsExactly(ledger);
        });
    }

    @Test
    void assumptionSetsInJsonAndYaml() {
        qt().forAll(money(900_000_000L), integers().between(0, 20_000), names(), integers().between(0, 5)).checkAssert((m, bp, name, years) -> {
            Rate r = Rate.of(BigDecimal.valueOf(bp, 4));
            FiscalYear y = FiscalYear.of(2021);
            LineRef line = LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING, "placements");
            List<Assumption> all = List.of(
                    new StaffingInflation(name, Optional.of(LocalDate.of(2020, 1, 30)), "src: " + name, r, Map.of(FiscalYear.of(2022), Rate.percent("3"))),
                    new FlatCashAward("award", Optional.empty(), "", m, Map.of("A", new BigDecimal("60.5")), Rate.percent("18.6"), r, Set.of(y)),
                    new UtilitiesInflation("u", Optional.empty(), "", Map.of(y, r)),
                    new DemandGrowth("g1", Optional.empty(), "", line, Optional.of(m), Optional.empty(), y, Optional.empty()),
                    new DemandGrowth("g2", Optional.empty(), "", line, Optional.empty(), Optional.of(r), y, Optional.of(FiscalYear.of(2022))),
                    new Saving("s", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING), m, y, SavingStatus.PROPOSED),
                    new Investment("i", Optional.empty(), "", line, m, y, 7, false),
                    new ContractVariation("v", Optional.empty(), "", LineRef.of("C", SubjectiveGroup.TRANSPORT), m.negated(), LocalDate.of(2020, 6, 15)),
                    new OneOffFromReserves("o", Optional.empty(), "", line, m, y),
                    new OtherMovement("x", Optional.empty(), "", line, m.negated(), y));
            AssumptionSet set = new AssumptionSet("Scenario: " + name, years, all);
            // every kind of the family is here, and each is written under its one tag
            assertThat(all.stream().map(Assumption::kind).distinct()).containsExactlyInAnyOrder(
                    uk.org.wcf.finance.plan.AssumptionKind.values());
            for (StructuredFormat f : StructuredFormat.values()) {
                String written = AssumptionsFile.write(set, f);
                for (Assumption a : all) {
                    assertThat(written).containsPattern("\"?type\"?\\s*:\\s*\"?" + a.kind().tag() + "\\b");
                }
                assertThat(AssumptionsFile.read("a", in(written), f).orThrow()).isEqualTo(set);
            }
        });
    }
}
