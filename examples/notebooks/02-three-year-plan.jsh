// The three-year plan: the agreed 2020/21 budget and two indicative years.
// The Business Plan states 2% staffing inflation; the plan shows how much of each published change it explains.
var plan = WcfData.plan2020();

// The bridge into 2021/22, driver by driver, adding exactly to the year.
plan.bridgeTable(FiscalYear.parse("2021/22"))

Notebooks.show(Charts.bridgeWaterfall(plan, FiscalYear.parse("2021/22")));

// A pay-award scenario: 3% instead of 2%, and no other movements, against the stated 2%.
var base = WcfData.businessPlan2020();
var twoPercent = Plan.of(base, List.of(StaffingInflation.of(Rate.percent("2"))));
var threePercent = Plan.of(base, List.of(StaffingInflation.of(Rate.percent("3"))));
PlanComparison.compare("2% pay award", twoPercent, "3% pay award", threePercent)

Notebooks.show(Charts.planByDirectorate(threePercent));
