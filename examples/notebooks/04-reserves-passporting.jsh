// Reserves passporting: part of the company's budget is funded from council reserves, passported as income.
// The reserves stay on the council's balance sheet; both sides must reconcile.
var reserves = WcfData.reserves(FiscalYear.parse("2020/21"));
reserves.table()

var passporting = reserves.reconcile(WcfData.businessPlan2020());
passporting.reconciles()
passporting.companyIncome()

// The 1.1m placements reserve was not needed in 2019/20, so it opens 2020/21 intact.
reserves.reserve("Placements risk (looked after children)").opening()

// A drawdown above the balance is refused, with the rule.
try {
    reserves.reserve("Placements risk (looked after children)").draw("Too much", Gbp.thousands(1200),
            Approval.changeRequest("CR-2020-099", LocalDate.of(2020, 11, 1)), false);
} catch (FinanceRuleException e) {
    System.out.println(e.getMessage());
}
