// The DSG management plan: from high needs demand to a five-year deficit path.
// The example plan is built on WCF's published figures (P6 2019/20 DSG forecast, the DSG reserve, the EHCP
// counts); every figure it marks [ILLUSTRATIVE] is not from a source. Run from the repository root or examples/.
var file = Files.exists(Path.of("dsg", "wcf-dsg-plan.yaml")) ? Path.of("dsg", "wcf-dsg-plan.yaml") : Path.of("examples", "dsg", "wcf-dsg-plan.yaml");
var plan = DsgPlanFile.read(file).orThrow();
plan.assumptions().forEach(System.out::println);

// The financial summary per block per year, in the DfE template's layout. The first year is the P6 forecast:
// High Needs 52,431 against 43,442 + 975 of grant, and the DSG reserve from 633 to 8,657 in deficit.
var path = plan.project();
path.summaryTable()

// The first year ties to the Period 6 report and the DSG reserve, computed from both, not typed in.
var first = path.years().get(0);
first.closing().isEqual(WcfData.dsgReserve2019().closing())
first.inYear().isEqual(WcfData.dsgReserve2019().movementTotal())

// Numbers of places by provision type (exact in the model, shown to whole places).
System.out.print(TableText.grid("Places by provision type", path.numbersTable(), 1));

// The bridge of the DSG reserve by driver adds exactly to the change over the plan.
path.bridgeTable()
path.bridgeTotal().isEqual(path.closing().minus(path.opening()))

// Scenarios side by side: do nothing, with mitigations, with mitigations and transfers.
var scenarios = plan.scenarios();
DsgProjection.compare("Scenarios", scenarios)

// Transfers are checked against the 0.5% cap every time; the override's end is a setting.
path.notes().forEach(System.out::println);

// Monte Carlo on the growth rates, seeded: P10, P50 and P90 of the DSG reserve at each year end.
var mc = DsgMonteCarlo.run(plan, 500, 2019);
mc.table()

Notebooks.show(DsgPlanCharts.cumulativeByScenario(scenarios, mc));

Notebooks.show(DsgPlanCharts.numbersByType(path));

// A growth rate fitted to a history of counts, with how well the trend fits.
var history = new TreeMap<FiscalYear, BigDecimal>(Map.of(FiscalYear.parse("2017/18"), new BigDecimal("212"),
        FiscalYear.parse("2018/19"), new BigDecimal("231"), FiscalYear.parse("2019/20"), new BigDecimal("250")));
Growth.fit(history).describe()
