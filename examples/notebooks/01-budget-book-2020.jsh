// The agreed 2020/21 budget book of the Business Plan 2020/21, as the library ships it.
// A budget book prints as a summary at whole £000.
var book = WcfData.businessPlan2020();

// The contract sum is gross expenditure less income outside the contract; the council base budget is the
// contract sum less the funding passed through the council. Both are exact, in pounds and pence.
book.contractSum()
book.councilBaseBudget()

// Table 2 at £000 in the published layout: totals are computed from exact values and rounded once.
BusinessPlanTables.table2(book)

// Comparing with the published table lists each difference with its cause.
var check = TableCheck.compare(BusinessPlanTables.table2(book).round(RoundingPolicy.THOUSANDS), WcfData.published(BusinessPlanTables.TABLE_2));
check.differences().forEach(d -> System.out.println(d.explanation()));

// Table 4, the funding reconciliation, has the other two source rounding differences.
BusinessPlanTables.table4(book)
