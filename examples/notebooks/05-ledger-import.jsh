// A ledger import: postings from a ledger extract, mapped to monitoring lines; unmapped codes are kept.
// The notebook writes a small extract to a temporary folder first.
var dir = Files.createTempDirectory("wcf-ledger");
var ledger = Files.writeString(dir.resolve("gl.csv"), String.join("\n",
        "date,cost_centre,subjective,amount",
        "2020-04-14,CC2101,E1010,\"12,500.00\"",
        "2020-05-20,CC2101,E4410,3100.25",
        "2020-06-02,CC2102,E1010,(250.00)",
        "2020-06-30,CC9999,E7777,75.00", ""));
var mapping = Files.writeString(dir.resolve("mapping.csv"), "cost_centre,code,line\nCC2101,*,Placements\nCC2102,*,Fostering\n");

var actuals = LedgerImport.run(ledger, mapping).orThrow();
actuals.lines()
actuals.unmapped()

// Actuals feed a monitoring snapshot's forecast at run rate (here after P3).
var snapshot = MonitoringSnapshot.nonDsg("Placements and fostering", FiscalYear.parse("2020/21").period(3),
        List.of(MonitoringLine.of("Placements", Gbp.pounds(60000), Gbp.zero()), MonitoringLine.of("Fostering", Gbp.pounds(5000), Gbp.zero())),
        "Total");
MonitoringReport.of(actuals.feed(snapshot, FiscalYear.parse("2020/21").period(3)))
