package uk.org.wcf.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A figure's ledger lines: listed as ranges up to a cap, the rest counted, and put together (periods to date, codes
 * to a line) so that every posting is counted once and every line listed really is one of the figure's.
 */
class LedgerLinesTest {

    private static LedgerLines.Range r(long a, long b) {
        return new LedgerLines.Range(a, b);
    }

    /** The lines, listed exactly: what a builder without a cap would keep. */
    private static LedgerLines exact(TreeSet<Long> lines) {
        List<LedgerLines.Range> out = new ArrayList<>();
        long first = -1;
        long last = -1;
        for (long l : lines) {
            if (first < 0) {
                first = last = l;
            } else if (l == last + 1) {
                last = l;
            } else {
                out.add(r(first, last));
                first = last = l;
            }
        }
        if (first > 0) {
            out.add(r(first, last));
        }
        return new LedgerLines(out, 0, 0, 0);
    }

    @Test
    void theTextFormListsRangesThenCountsTheRestAndReadsBack() {
        LedgerLines all = new LedgerLines(List.of(r(2, 2), r(5, 5), r(9, 14)), 0, 0, 0);
        assertThat(all).hasToString("2, 5, 9-14");
        assertThat(all.postings()).isEqualTo(8);
        assertThat(all.describe(10)).isEqualTo("lines 2, 5, 9-14 (8 postings)");
        LedgerLines some = new LedgerLines(List.of(r(2, 2), r(5, 5), r(9, 14)), 40, 15, 999);
        assertThat(some).hasToString("2, 5, 9-14; 40 more in 15-999");
        assertThat(some.postings()).isEqualTo(48);
        assertThat(some.lastLine()).isEqualTo(999);
        assertThat(some.describe(2)).isEqualTo("lines 2, 5 and 46 more in lines 9-999 (48 postings)");
        for (LedgerLines l : List.of(all, some, LedgerLines.NONE, new LedgerLines(List.of(r(7, 7)), 0, 0, 0))) {
            assertThat(LedgerLines.parse(l.toString())).isEqualTo(l);
        }
        assertThat(new LedgerLines(List.of(r(7, 7)), 0, 0, 0).describe(10)).isEqualTo("line 7 (1 posting)");
        assertThat(LedgerLines.NONE.describe(10)).isEqualTo("no postings");
    }

    @Test
    void textThatIsNotAscendingLinesIsRefusedSayingTheForm() {
        for (String bad : List.of("9-14, 5", "5, 6", "0", "14-9", "2; 3 more", "2; 40 more in 3-4", "x")) {
            assertThatThrownBy(() -> LedgerLines.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'2, 5, 9-14'");
        }
    }

    @Test
    void periodsPutTogetherJoinRangesThatTouchAndCountEveryPosting() {
        LedgerLines p1 = new LedgerLines(List.of(r(2, 10)), 0, 0, 0);
        LedgerLines p2 = new LedgerLines(List.of(r(11, 20), r(30, 30)), 0, 0, 0);
        LedgerLines both = LedgerLines.union(List.of(p1, p2), 16);
        assertThat(both).hasToString("2-20, 30");
        assertThat(both.postings()).isEqualTo(20);
        assertThatThrownBy(() -> LedgerLines.union(List.of(p1, p1), 16)).isInstanceOf(FinanceRuleException.class);
    }

    /**
     * Property: for random sets of lines, each kept to a few ranges as the import keeps them, the union lists only
     * lines of the sets, in order, lists every line of the sets up to where it stops, and counts every posting.
     */
    @Test
    void aUnionOfCappedFiguresListsOnlyTheirLinesAndCountsThemAll() {
        Random rnd = new Random(17);
        for (int trial = 0; trial < 500; trial++) {
            List<TreeSet<Long>> sets = new ArrayList<>();
            TreeSet<Long> whole = new TreeSet<>();
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                sets.add(new TreeSet<>());
            }
            for (long line = 2; line < 200; line++) {
                if (rnd.nextInt(3) > 0) {
                    sets.get(rnd.nextInt(n)).add(line);
                    whole.add(line);
                }
            }
            int keep = 1 + rnd.nextInt(6);
            List<LedgerLines> parts = sets.stream().map(s -> exact(s).keep(keep)).toList();
            for (int i = 0; i < n; i++) {
                assertThat(parts.get(i).postings()).isEqualTo(sets.get(i).size());
            }
            LedgerLines u = LedgerLines.union(parts, keep);
            assertThat(u.postings()).isEqualTo(whole.size());
            assertThat(u.listed()).hasSizeLessThanOrEqualTo(keep);
            assertThat(u.lastLine()).isEqualTo(whole.isEmpty() ? 0 : whole.last());
            TreeSet<Long> listed = new TreeSet<>();
            u.listed().forEach(x -> {
                for (long l = x.first(); l <= x.last(); l++) {
                    listed.add(l);
                }
            });
            assertThat(whole).containsAll(listed);
            long upTo = u.more() > 0 ? u.moreFrom() - 1 : Long.MAX_VALUE;
            assertThat(listed).isEqualTo(new TreeSet<>(whole.headSet(upTo, true)));
            if (u.more() == 0) {
                assertThat(u).isEqualTo(exact(whole));
            }
        }
    }
}
