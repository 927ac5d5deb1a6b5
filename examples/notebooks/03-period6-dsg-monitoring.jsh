// Period 6 2019/20 monitoring of the Dedicated Schools Grant, reproduced from the snapshots.
// Variance last period comes from the Period 5 snapshot, not typed in.
var report = WcfData.dsgReport2019P6();
report

// The published table, checked figure by figure (percentages included).
report.check(WcfData.published(WcfData.DSG_P6), RoundingPolicy.THOUSANDS).differences()

// The DSG by block.
DsgBlocks.table(WcfData.dsgSnapshot2019(6))

// The DSG reserve: the 633k deficit at 1 April 2019 grows by the 8,024k carried forward.
// Its closing balance at £000, as the published tables print it (a deficit in brackets).
var reserve = WcfData.dsgReserve2019();
FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(reserve.closing()))
reserve.overrideNote()

Notebooks.show(Charts.dsgReserve(reserve));

Notebooks.show(Charts.varianceByLine(report));

// A transfer out of the Schools block above 0.5% needs Schools Forum or Secretary of State approval.
SchoolsBlockTransfer.of(Gbp.thousands(127232), Gbp.thousands(700), SchoolsBlockTransfer.DEFAULT_CAP).explain()
