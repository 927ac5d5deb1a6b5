package uk.org.wcf.finance.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.ReadResult;
import uk.org.wcf.finance.io.internal.csv.CsvTable;

/**
 * How every reader sums up its problems, so that one cause is one line: a run of the same rule broken in the same
 * column on consecutive lines (every posting of another year, say) is one problem naming the run, and the first
 * {@value #LISTED} problems are listed, then a count of the rest. {@link ReadResult}, {@link CsvTable} and
 * {@link InvalidInputException} all go through here; summing up a list already summed up changes nothing. A
 * streaming reader can add its problems one at a time to a {@link Collector}, in bounded memory.
 * <p>
 * Two problems are the same cause when they are in the same file and column and their messages are equal once the
 * first quoted value in each is set aside ({@code amount is 'x': not an amount} and {@code amount is 'y': not an
 * amount}); the problem kept shows the first line's value.
 */
public final class Problems {

    /** The problems listed before the rest are counted. */
    public static final int LISTED = 1000;

    private static final Pattern MORE = Pattern.compile("and (\\d+) more problems?");

    private Problems() {
    }

    /**
     * @param problems the problems, in file order
     * @return the same problems with runs of one cause grouped and the list capped
     */
    public static List<Problem> summarised(List<Problem> problems) {
        Collector c = new Collector();
        problems.forEach(c::add);
        return c.problems();
    }

    /** Problems added one at a time, in file order, summed up as they come: at most {@value #LISTED} are kept. */
    public static final class Collector {
        private final List<Problem> out = new ArrayList<>();
        private final Map<String, Integer> openRuns = new HashMap<>(); // file, column and cause: the index of its latest run
        private long more;
        private String moreFile;

        /**
         * @param p the next problem
         */
        public void add(Problem p) {
            Matcher m = p.line() == 0 && p.column() == 0 ? MORE.matcher(p.message()) : null;
            if (m != null && m.matches()) {
                more += Long.parseLong(m.group(1));
                moreFile = p.file();
                return;
            }
            String key = p.line() > 0 ? p.file() + '\u0000' + p.column() + '\u0000' + p.columnName() + '\u0000' + cause(p.message()) : null;
            Integer run = key == null ? null : openRuns.get(key);
            if (run != null) {
                Problem r = out.get(run);
                if (r.line() + r.alsoOnNext() + 1 == p.line()) {
                    out.set(run, r.withAlsoOnNext(r.alsoOnNext() + 1 + p.alsoOnNext()));
                    return;
                }
            }
            if (out.size() < LISTED) {
                if (key != null) {
                    openRuns.put(key, out.size());
                }
                out.add(p);
            } else {
                more += 1 + p.alsoOnNext();
                moreFile = p.file();
            }
        }

        /** @return true when no problem has been added */
        public boolean isEmpty() {
            return out.isEmpty() && more == 0;
        }

        /** @return the problems so far, summed up, with the count of the rest last */
        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(out);
            if (more > 0) {
                all.add(Problem.ofFile(moreFile, "and " + more + " more problems"));
            }
            return all;
        }
    }

    /** The message with its first quoted value set aside: what makes two problems one cause. */
    private static String cause(String message) {
        return message.replaceFirst("'[^']*'", "''");
    }
}
