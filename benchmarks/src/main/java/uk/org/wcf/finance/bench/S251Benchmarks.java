package uk.org.wcf.finance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.s251.BenchmarkResult;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.S251Benchmark;
import uk.org.wcf.finance.s251.S251Check;
import uk.org.wcf.finance.s251.S251Line;
import uk.org.wcf.finance.s251.S251Return;

/**
 * DfE's 2012-13 section 251 outturn for all 152 councils ({@code ../shared/s251/outturn_1213.csv}, or the file
 * named by {@code -Dwcf.s251.file=...}): read from its bytes (cp1252 detected, every cell parsed, every
 * description matched), checked against every rule, and every council benchmarked on every line of spend and
 * total in TotalExpenditure (target: all of it in under 1 s). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar S251 -wi 10 -i 10 -w 2 -r 2 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class S251Benchmarks {

    private byte[] file;

    /**
     * Loads the file's bytes once.
     *
     * @throws IOException when the file is not there (the message says where it was looked for)
     */
    @Setup
    public void setUp() throws IOException {
        Path p = Path.of(System.getProperty("wcf.s251.file", "../shared/s251/outturn_1213.csv"));
        if (!Files.exists(p)) {
            throw new IOException("no s251 file at " + p.toAbsolutePath() + ": run from the project root beside"
                    + " ../shared, or give -Dwcf.s251.file=FILE");
        }
        file = Files.readAllBytes(p);
    }

    /** @return the returns read from the file's bytes */
    @Benchmark
    public S251Return readAllCouncils() {
        return S251File.read("outturn_1213.csv", file).orThrow().returns();
    }

    /**
     * @return the number of differences plus every council's rank on every line but the memos: read, checked and
     *     benchmarked
     */
    @Benchmark
    public long readCheckAndBenchmarkAllCouncils() {
        S251Return r = readAllCouncils();
        long n = S251Check.check(r).size();
        for (S251Line line : r.catalogue().lines()) {
            List<S251Benchmark.CouncilFigure> all = S251Benchmark.figures(r, line, Measure.TOTAL_EXPENDITURE);
            for (CouncilReturn c : r.councils()) {
                BenchmarkResult b = S251Benchmark.rank("all councils", c, line, Measure.TOTAL_EXPENDITURE, false, all,
                        RoundingPolicy.PENCE);
                n += b.rank().orElse(0);
            }
        }
        return n;
    }
}
