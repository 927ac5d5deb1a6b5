package uk.org.wcf.finance.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.dsg.Growth;
import uk.org.wcf.finance.forecast.Calibration;
import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.forecast.LineKind;
import uk.org.wcf.finance.forecast.LineSeries;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.returns.Returns;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * No nulls in the public API (issue #16): a value the model may not have is an empty {@code Optional}, never null,
 * and a record refuses null where it takes an {@code Optional}. Each case here returned null before.
 */
class NoNullsTest {

    private static final FiscalYear Y = FiscalYear.parse("2020/21");

    /** Every component of the record, read through its public accessor, is a value. */
    private static void noNullComponents(Record r) throws ReflectiveOperationException {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            assertThat(c.getAccessor().invoke(r)).as("%s.%s()", r.getClass().getSimpleName(), c.getName()).isNotNull();
        }
    }

    @Test
    void aForecastWithoutASpreadHasEmptyLowAndHigh() throws ReflectiveOperationException {
        // one month and no prior year: the spread cannot be estimated
        Forecast f = Forecasting.forecast(LineSeries.of("Placements", List.of(Gbp.pounds(1000)), List.of()), Y.period(1),
                ForecastMethod.RUN_RATE, Calibration.none());
        assertThat(f.low()).isEmpty();
        assertThat(f.high()).isEmpty();
        noNullComponents(f);
        assertThatThrownBy(() -> new Forecast("x", Y.period(3), "m", Map.of(), LineKind.COST, Gbp.pounds(100),
                Gbp.pounds(100), null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNonDsgSnapshotHasAnEmptyGrant() throws ReflectiveOperationException {
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("Placements", Y.period(6),
                List.of(MonitoringLine.of("Placements", Gbp.pounds(6000), Gbp.zero())), "Total");
        assertThat(s.grant()).isEmpty();
        noNullComponents(s);
    }

    @Test
    void aGivenGrowthHasNoFit() throws ReflectiveOperationException {
        Growth g = Growth.given(Rate.percent("2"), Rate.percent("0"));
        assertThat(g.rSquared()).isEmpty();
        noNullComponents(g);
    }

    @Test
    void aBlankReturnedForecastIsEmpty() throws ReflectiveOperationException {
        Returns.Entry e = new Returns.Entry(Optional.empty(), "sheet Forecast, cell H7", "");
        noNullComponents(e);
        assertThatThrownBy(() -> new Returns.Entry(null, "sheet Forecast, cell H7", ""))
                .isInstanceOf(NullPointerException.class);
    }
}
