// Outturn forecasting at Period 6: four methods on the same placements actuals, and a backtest to choose one.
// Monthly actuals for P1 to P6 (pounds), and the two years before for the seasonal profile.
var year = FiscalYear.parse("2020/21");
var actuals = List.of(Gbp.pounds(480000), Gbp.pounds(495000), Gbp.pounds(502000), Gbp.pounds(498000), Gbp.pounds(515000), Gbp.pounds(521000));
var prior = List.of(Collections.nCopies(12, Gbp.pounds(470000)), Collections.nCopies(12, Gbp.pounds(455000)));

Forecasting.runRate("Placements", actuals, year.period(6))
Forecasting.seasonal("Placements", actuals, prior, year.period(6))
Forecasting.olsTrend("Placements", actuals, year.period(6), 0.9)

// Placements are demand-led: count x unit cost, simulated 100,000 times with a fixed seed (P10, P50, P90).
var mc = Forecasting.monteCarlo("Placements", actuals, year.period(6), new DemandModel(new BigDecimal("120"), new BigDecimal("6"), new BigDecimal("4300"), new BigDecimal("250")), 100000, 2020);
mc.low()
mc.outturn()
mc.high()

// The chosen forecast feeds the monitoring snapshot.
var snapshot = MonitoringSnapshot.nonDsg("Placements", year.period(6), List.of(MonitoringLine.of("Placements", Gbp.pounds(6000000), Gbp.zero())), "Total");
MonitoringReport.of(mc.applyTo(snapshot), Optional.empty())

// A backtest on a held-out year: the error of the run rate at each period.
var heldOut = List.of(Gbp.pounds(400000), Gbp.pounds(420000), Gbp.pounds(430000), Gbp.pounds(445000), Gbp.pounds(450000), Gbp.pounds(470000), Gbp.pounds(480000), Gbp.pounds(490000), Gbp.pounds(500000), Gbp.pounds(515000), Gbp.pounds(520000), Gbp.pounds(535000));
Forecasting.backtest((a, at) -> Forecasting.runRate("x", a, at), heldOut, 1, year::period)
