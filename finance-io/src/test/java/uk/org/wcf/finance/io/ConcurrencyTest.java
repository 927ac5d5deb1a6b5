package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.plan.StaffingInflation;

/** Values are immutable and shareable: many threads computing the same plan and report get what one thread gets. */
class ConcurrencyTest {

    private static String work(int i) {
        var book = WcfData.businessPlan2020();
        Plan plan = Plan.of(book, List.of(StaffingInflation.of(Rate.percent(String.valueOf(2 + i % 3)))));
        var p5 = WcfData.dsgSnapshot2019(5);
        var p6 = WcfData.dsgSnapshot2019(6);
        MonitoringReport r = MonitoringReport.of(p6, p5);
        return plan.toString() + plan.bridgeTable(plan.years().get(2).year()) + r + SnapshotFile.write(p6, StructuredFormat.JSON)
                + r.table(false).round(RoundingPolicy.THOUSANDS).footingDifferences();
    }

    @Test
    void manyThreadsGiveTheSameResultsAsOne() throws Exception {
        List<String> single = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            single.add(work(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int k = i;
                futures.add(pool.submit(() -> work(k)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(single.get(i % 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
