package uk.org.wcf.finance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.KpiCsv;
import uk.org.wcf.finance.kpi.Kpi;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A dataset reads each file once, at its first use, and keeps what it read and computed: later calls give the kept
 * value, which is what a fresh dataset gives; a failed read keeps nothing; threads asking at once get one value.
 */
class WcfDatasetTest {

    @TempDir
    Path dir;

    /** Everything the dataset gives, in one list, for comparing two readings. */
    private static List<Object> everything(WcfDataset data) {
        List<Object> all = new ArrayList<>(List.of(data.budgetBooks(), data.statedAssumptions2020(), data.plan2020(),
                data.dsgSnapshot2019(5), data.dsgSnapshot2019(6), data.dsgReport2019P6(), data.dsgReserve2019(),
                data.reserves(FiscalYear.of(2019)), data.reserves(FiscalYear.of(2020)), data.accounts(), data.cashflow2020(),
                data.kpis()));
        for (String file : WcfDataset.FILES) {
            if (file.startsWith("published/")) {
                all.add(data.published(file.substring("published/".length(), file.length() - ".csv".length())));
            }
        }
        return all;
    }

    /** A dataset that is the embedded one, but a new instance that has read nothing yet. */
    private WcfDataset freshEmbedded() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        WcfDataset data = WcfDataset.embedded().overriddenBy(empty);
        assertThat(data.overrides()).isEmpty();
        return data;
    }

    /** Copies every file of the embedded dataset into a folder, to replace each by the same content. */
    private Path copyOfTheDataset() throws IOException {
        Path copy = dir.resolve("copy");
        for (String file : WcfDataset.FILES) {
            Path to = copy.resolve(file);
            Files.createDirectories(to.getParent());
            try (InputStream in = WcfDataset.class.getResourceAsStream("/uk/org/wcf/finance/data/" + file)) {
                Files.copy(in, to);
            }
        }
        return copy;
    }

    @Test
    void aSecondCallGivesTheKeptValueWhichIsWhatAFreshDatasetReads() throws IOException {
        WcfDataset data = freshEmbedded();
        List<Object> first = everything(data);
        List<Object> second = everything(data);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("value %d", i).isSameAs(first.get(i));
        }
        WcfDataset fresh = freshEmbedded();
        List<Object> again = everything(fresh);
        for (int i = 0; i < first.size(); i++) {
            Object kept = first.get(i);
            Object read = again.get(i);
            // Plan and MonitoringReport are classes without equals: compare what they are made of and print
            if (kept instanceof Plan p) {
                Plan q = (Plan) read;
                assertThat(p.years()).isEqualTo(q.years());
                assertThat(p.bridge()).isEqualTo(q.bridge());
                assertThat(p.assumptions()).isEqualTo(q.assumptions());
                assertThat(p.toText()).isEqualTo(q.toText());
            } else if (kept instanceof MonitoringReport r) {
                MonitoringReport s = (MonitoringReport) read;
                assertThat(r.rows()).isEqualTo(s.rows());
                assertThat(r.notes()).isEqualTo(s.notes());
                assertThat(r.toText()).isEqualTo(s.toText());
            } else {
                assertThat(kept).as("value %d", i).isEqualTo(read);
            }
        }
        assertThat(data.checks(RoundingPolicy.THOUSANDS)).isEqualTo(fresh.checks(RoundingPolicy.THOUSANDS));
    }

    @Test
    void theStaticCallsAreTheOneEmbeddedDatasetsKeptValues() {
        assertThat(WcfData.plan2020()).isSameAs(WcfData.plan2020()).isSameAs(WcfDataset.embedded().plan2020());
        assertThat(WcfData.businessPlan2020()).isSameAs(WcfDataset.embedded().businessPlan2020());
        assertThat(WcfData.dsgReport2019P6()).isSameAs(WcfDataset.embedded().dsgReport2019P6());
        assertThat(WcfData.published(BusinessPlanTables.TABLE_3)).isSameAs(WcfDataset.embedded().published(BusinessPlanTables.TABLE_3));
    }

    @Test
    void aReplacedFileIsReadOnceAtFirstUseSoANewOverrideIsNeededToSeeItChange() throws IOException {
        Path copy = copyOfTheDataset();
        WcfDataset data = WcfDataset.embedded().overriddenBy(copy);
        assertThat(data.overrides()).hasSameSizeAs(WcfDataset.FILES);
        List<Object> first = everything(data);
        // replace the budget lines by a broken file and delete every other file: the instance has read them all
        Files.writeString(copy.resolve("wcf-budget-lines.csv"), "not,the,budget\n", StandardCharsets.UTF_8);
        for (String file : WcfDataset.FILES) {
            if (!file.equals("wcf-budget-lines.csv")) {
                Files.delete(copy.resolve(file));
            }
        }
        List<Object> second = everything(data);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("value %d", i).isSameAs(first.get(i));
        }
        assertThat(data.checks(RoundingPolicy.THOUSANDS)).allMatch(c -> c.passes());
        // a new instance reads the folder as it is now
        WcfDataset now = WcfDataset.embedded().overriddenBy(copy);
        assertThat(now.overrides()).containsOnlyKeys("wcf-budget-lines.csv");
        assertThatThrownBy(now::budgetBooks).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(copy.resolve("wcf-budget-lines.csv").toString());
    }

    @Test
    void theReplacedFilesAreListedInTheOrderOfTheirNamesEveryRun() throws IOException {
        WcfDataset data = WcfDataset.embedded().overriddenBy(copyOfTheDataset());
        assertThat(data.overrides().keySet()).containsExactlyElementsOf(WcfDataset.FILES.stream().sorted().toList());
    }

    @Test
    void aBadReplacedFileFailsWithTheSameMessageEveryTimeAndKeepsNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Path lines = folder.resolve("wcf-budget-lines.csv");
        String good;
        try (InputStream in = WcfDataset.class.getResourceAsStream("/uk/org/wcf/finance/data/wcf-budget-lines.csv")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bad = good.replace("2019/20,expenditure,A,Resources Directorate,Resources,not_analysed,5666",
                "2019/20,expenditure,A,Resources Directorate,Resources,not_analysed,five thousand");
        assertThat(bad).isNotEqualTo(good);
        Files.writeString(lines, bad, StandardCharsets.UTF_8);
        WcfDataset data = WcfDataset.embedded().overriddenBy(folder);

        Throwable books = catchThrowable(data::budgetBooks);
        assertThat(books).isInstanceOf(InvalidInputException.class).hasMessageContaining(lines.toString())
                .hasMessageContaining("five thousand");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(data::budgetBooks).isInstanceOf(InvalidInputException.class).hasMessage(books.getMessage());
            assertThatThrownBy(data::plan2020).isInstanceOf(InvalidInputException.class).hasMessage(books.getMessage());
            assertThatThrownBy(data::cashflow2020).isInstanceOf(InvalidInputException.class).hasMessage(books.getMessage());
            assertThatThrownBy(() -> data.checks(RoundingPolicy.THOUSANDS)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(books.getMessage());
        }
        // what did not fail was kept; what failed was not, so the mended file is read at the next call
        assertThat(data.dsgReport2019P6()).isSameAs(data.dsgReport2019P6());
        Files.writeString(lines, good, StandardCharsets.UTF_8);
        assertThat(data.budgetBooks()).isEqualTo(WcfData.budgetBooks());
        assertThat(data.plan2020().toText()).isEqualTo(WcfData.plan2020().toText());
    }

    @Test
    void threadsAskingAtOnceGetOneValue() throws Exception {
        WcfDataset data = freshEmbedded();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object>>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                boolean planFirst = i % 2 == 0; // half ask for the plan (which reads the books) first, half the books
                asked.add(pool.submit(() -> {
                    start.await();
                    return planFirst ? List.of(data.plan2020(), data.budgetBooks(), data.dsgReport2019P6(), data.kpis())
                            : List.of(data.budgetBooks(), data.plan2020(), data.dsgReport2019P6(), data.kpis());
                }));
            }
            start.countDown();
            List<List<Object>> got = new ArrayList<>();
            for (Future<List<Object>> f : asked) {
                got.add(f.get(2, TimeUnit.MINUTES)); // a guard against a deadlock hanging the build, not a speed test
            }
            Object plan = data.plan2020();
            Object books = data.budgetBooks();
            for (int i = 0; i < threads; i++) {
                List<Object> g = got.get(i);
                assertThat(g.get(i % 2 == 0 ? 0 : 1)).isSameAs(plan);
                assertThat(g.get(i % 2 == 0 ? 1 : 0)).isSameAs(books);
                assertThat(g.get(2)).isSameAs(data.dsgReport2019P6());
                assertThat(g.get(3)).isSameAs(data.kpis());
            }
            assertThat(data.plan2020().base()).isSameAs(data.businessPlan2020());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKeptKpisAreInTheFilesOrderAndCannotBeChangedByOneCallerUnderAnother() throws IOException {
        Map<String, Kpi> kpis = freshEmbedded().kpis();
        try (InputStream in = WcfDataset.class.getResourceAsStream("/uk/org/wcf/finance/data/wcf-contract-kpis.csv")) {
            Map<String, Kpi> read = KpiCsv.readDefinitions("wcf-contract-kpis.csv", in).orThrow();
            assertThat(kpis).containsExactlyEntriesOf(read);
        }
        String first = kpis.keySet().iterator().next();
        assertThatThrownBy(() -> kpis.remove(first)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(kpis::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(kpis).containsKey(first);
    }
}
