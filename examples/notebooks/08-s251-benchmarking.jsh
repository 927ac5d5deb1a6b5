// Worcestershire against every council: DfE's 2012-13 section 251 outturn for all 152 councils, read as DfE
// publishes it (cp1252, quoted cells with line breaks, a blank meaning "not applicable", never 0). The file sits
// beside the project in ../shared/s251; the notebook runs from the project root or from examples/.
var file = java.util.stream.Stream.of("../shared/s251/outturn_1213.csv", "../../shared/s251/outturn_1213.csv").
        map(Path::of).filter(Files::exists).findFirst().
        orElseThrow(() -> new IllegalStateException("outturn_1213.csv is not in ../shared/s251 beside the project"));
var contents = S251File.read(file).orThrow();
var outturn = contents.returns();
contents.describe()

// The rules every return keeps, checked exactly, to the penny: each difference by rule and kind. Every one is
// under £1, rounding in the source (the grand totals of four councils), so the file can be trusted.
var differences = S251Check.check(outturn);
var byRule = new TreeMap<String, Integer>();
differences.forEach(d -> byRule.merge(d.rule().code() + ", " + d.kind().word(), 1, Integer::sum));
byRule

differences.get(0)

// Worcestershire (885) on children looked after (line 15 in 2012-13): its rank among all councils, the median and
// the quartiles (Excel's QUARTILE.INC), to the penny.
var worcs = outturn.requireCouncil("885");
var cla = outturn.catalogue().find("Total Children Looked After");
var all = S251Benchmark.figures(outturn, cla, Measure.TOTAL_EXPENDITURE);
var position = S251Benchmark.rank("all councils", worcs, cla, Measure.TOTAL_EXPENDITURE, false, all, RoundingPolicy.PENCE);
position

position.median()

// Every council's figure, highest first, Worcestershire highlighted.
Notebooks.show(S251Charts.ranking("Line 15 Total Children Looked After, TotalExpenditure, 2012/13 outturn", all, "885", Set.of()));

// Worcestershire's rank on every line of spend and every total (memo lines left out), in total expenditure.
for (var line : outturn.catalogue().lines()) {
    if (line.kind() == uk.org.wcf.finance.s251.LineKind.MEMO) {
        continue;
    }
    var b = S251Benchmark.rank("all councils", worcs, line, Measure.TOTAL_EXPENDITURE, false,
            S251Benchmark.figures(outturn, line, Measure.TOTAL_EXPENDITURE), RoundingPolicy.PENCE);
    System.out.printf("%2d %-58.58s %5s of %d%n", line.number(), line.description(),
            b.rank().isPresent() ? String.valueOf(b.rank().getAsInt()) : "n/a", b.councils());
}

// A blank is "not applicable": Youth Justice (line 30) has no provision split, only total, income and net.
worcs.figures(30).orElseThrow()

// Lines move between years: DfE's 2013-14 layout added a line 3, so Total Children Looked After is line 16 there.
// Every line is matched by meaning, and each match says how (number and description, description, or a similar
// description where DfE reworded the line); `wcf-finance s251 lines --year 2012/13 --match 2013/14` shows them all.
var next = uk.org.wcf.finance.s251.LineCatalogue.forYear(uk.org.wcf.finance.time.FiscalYear.of(2013)).orElseThrow();
outturn.catalogue().matchTo(next).stream().
        filter(m -> m.line().number() == 15 || m.by() == LineMatch.By.SIMILAR_DESCRIPTION).forEach(System.out::println);
outturn.catalogue().unmatchedIn(next)
