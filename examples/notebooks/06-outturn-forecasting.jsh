// Outturn forecasting at Period 6: the methods on the same placements actuals, each with a P10 to P90 range,
// auto's choice from the line's own backtest, a fitted Monte Carlo, and a backtest to read.
// Monthly actuals for P1 to P6 (pounds), and the two years before, oldest first.
var year = FiscalYear.parse("2020/21");
var actuals = List.of(Gbp.pounds(480000), Gbp.pounds(495000), Gbp.pounds(502000), Gbp.pounds(498000), Gbp.pounds(515000), Gbp.pounds(521000));
var y2018 = List.of(Gbp.pounds(440000), Gbp.pounds(445000), Gbp.pounds(450000), Gbp.pounds(452000), Gbp.pounds(455000), Gbp.pounds(458000), Gbp.pounds(460000), Gbp.pounds(462000), Gbp.pounds(465000), Gbp.pounds(470000), Gbp.pounds(472000), Gbp.pounds(490000));
var y2019 = List.of(Gbp.pounds(455000), Gbp.pounds(458000), Gbp.pounds(462000), Gbp.pounds(466000), Gbp.pounds(470000), Gbp.pounds(471000), Gbp.pounds(476000), Gbp.pounds(478000), Gbp.pounds(481000), Gbp.pounds(486000), Gbp.pounds(490000), Gbp.pounds(505000));
var placements = LineSeries.of("Placements", actuals, List.of(y2018, y2019));

// Each method says what it used; a cost line is never forecast below its spend to date.
for (var m : List.of(ForecastMethod.RUN_RATE, ForecastMethod.PROFILE, ForecastMethod.SMOOTHING, ForecastMethod.TREND)) System.out.println(Forecasting.forecast(placements, year.period(6), m, Calibration.none()));

// auto: the method with the smallest error in backtests on this line's prior years, and why.
var auto = Forecasting.forecast(placements, year.period(6), ForecastMethod.AUTO, Calibration.fromHistory(List.of(placements)));
auto.method()
auto.inputs().get("chosen")

// Placements are demand-led: a model fitted from the six months, simulated 100,000 times with a fixed seed.
// The fit remembers it saw six months, so each trial also draws the mean and spread it does not know.
var demand = DemandModel.fit(actuals);
var mc = Forecasting.monteCarlo("Placements", actuals, year.period(6), demand, 100000, 2020);
mc.low().orElseThrow()
mc.outturn()
mc.high().orElseThrow()

// The chosen forecast feeds the monitoring snapshot.
var snapshot = MonitoringSnapshot.nonDsg("Placements", year.period(6), List.of(MonitoringLine.of("Placements", Gbp.pounds(6000000), Gbp.zero())), "Total");
MonitoringReport.of(auto.applyTo(snapshot))

// A backtest on the last prior year held out: errors, bias and how often each range held, by method and period.
var heldOut = LineSeries.of("Placements", y2019, List.of(y2018));
var bt = Backtest.run(FiscalYear.parse("2019/20"), List.of(heldOut), List.of(ForecastMethod.AUTO, ForecastMethod.RUN_RATE, ForecastMethod.PROFILE), List.of(3, 6, 9), Calibration.none());
System.out.print(bt.table())
Notebooks.show(ForecastCharts.backtest(bt))
