package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.time.FiscalPeriod;

/** A snapshot's trails are written beside its lines and read back the same, in YAML and JSON; the snapshot is unchanged. */
class SnapshotTrailTest {

    @TempDir
    Path dir;

    @Test
    void trailsReadBackAsWrittenAndLeaveTheSnapshotAsItWas() throws Exception {
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("Forecast outturn", FiscalPeriod.parse("2024/25 P5"), List.of(
                MonitoringLine.of("Alpha / Staffing", Gbp.pounds(120_000), Gbp.pounds("125000.25")),
                MonitoringLine.of("Beta / Staffing", Gbp.pounds(60_000), Gbp.pounds(61_000))), "Total");
        Trail t = new Trail("Alpha / Staffing", List.of(new Trail.Step("net budget", Gbp.pounds(120_000), "book.yaml", "service A"),
                new Trail.Step("forecast", Gbp.pounds("125000.25"), "returns/A.xlsx", "sheet Forecast, cell H6; comment: #1: yes")));
        for (StructuredFormat f : StructuredFormat.values()) {
            Path file = dir.resolve("p5." + f.name().toLowerCase(java.util.Locale.ROOT));
            Files.writeString(file, SnapshotFile.write(s, List.of(t), f));
            assertThat(SnapshotFile.read(file).orThrow()).isEqualTo(s);
            Map<String, Trail> back = SnapshotFile.readTrails(file).orThrow();
            assertThat(back).containsOnlyKeys("Alpha / Staffing");
            assertThat(back.get("Alpha / Staffing")).isEqualTo(t);
        }
        Trail stray = new Trail("Gamma", List.of(new Trail.Step("net budget", Gbp.zero(), "book.yaml", "")));
        assertThatThrownBy(() -> SnapshotFile.write(s, List.of(stray), StructuredFormat.YAML)).isInstanceOf(FinanceRuleException.class);
    }
}
