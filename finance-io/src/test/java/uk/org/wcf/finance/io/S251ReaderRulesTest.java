package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The s251 reader's rules that need no shared data: figures to the penny, and encodings never guessed silently. */
class S251ReaderRulesTest {

    @Test
    void aPlainFigureIsReadToThePennyAndAnythingElseIsRefused() {
        qt().forAll(longs().between(-999_999_999_999_99L, 999_999_999_999_99L)).checkAssert(p -> {
            BigDecimal pounds = BigDecimal.valueOf(p, 2);
            assertThat(S251File.pence(pounds.toPlainString())).isEqualTo(p);
            assertThat(S251File.pence(pounds.stripTrailingZeros().toPlainString())).isEqualTo(p);
        });
        assertThat(S251File.pence("152913676.9")).isEqualTo(15_291_367_690L);
        for (String bad : List.of("", "-", "1.", ".5", "1.234", "1,000", "£5", "1e3", "12 ", "--1", "0x10")) {
            assertThat(S251File.pence(bad)).as(bad).isEqualTo(Long.MIN_VALUE);
        }
    }

    @Test
    void aFileThatMixesUtf8AndCp1252IsRefusedNamingBothLines() {
        byte[] b = ("LA,x\n1,caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[b.length + 4];
        System.arraycopy(b, 0, mixed, 0, b.length);
        mixed[b.length] = '2';
        mixed[b.length + 1] = ',';
        mixed[b.length + 2] = (byte) 0x92;
        mixed[b.length + 3] = '\n';
        ReadResult<S251File.Contents> r = S251File.read("m_1213.csv", mixed);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).singleElement().asString()
                .contains("m_1213.csv: the file mixes encodings: line 2 has UTF-8").contains("line 3 has a byte");
        byte[] undefined = {'L', 'A', '\n', (byte) 0x81, '\n'};
        assertThat(S251File.read("u.csv", undefined).problems()).singleElement().asString()
                .isEqualTo("u.csv, line 2: byte 0x81 is neither UTF-8 nor Windows-1252: the file's encoding is not known");
    }

    /**
     * A 2013-14 file in DfE's layout for one council: the descriptions as DfE's 2013-14 file writes them (a missing
     * space after "11", two after "13", trailing spaces, a quoted memo with a comma), cp1252, figures that keep the
     * sums (each line of spend n pounds of own provision and net, the totals their lines).
     */
    static byte[] file1314() {
        uk.org.wcf.finance.s251.LineCatalogue cat = uk.org.wcf.finance.s251.LineCatalogue.forYear(
                uk.org.wcf.finance.time.FiscalYear.of(2013)).orElseThrow();
        java.util.Map<Integer, Long> total = new java.util.HashMap<>();
        for (uk.org.wcf.finance.s251.S251Line l : cat.lines()) {
            total.put(l.number(), l.kind() == uk.org.wcf.finance.s251.LineKind.ITEM ? l.number() : 0L);
        }
        for (int pass = 0; pass < 3; pass++) {
            for (uk.org.wcf.finance.s251.S251Line l : cat.lines()) {
                if (l.kind().isTotal()) {
                    total.put(l.number(), l.parts().stream().mapToLong(total::get).sum());
                }
            }
        }
        StringBuilder sb = new StringBuilder("LA,LA Name,LineNumber,CYPServiceDescription,ReportGroup,OwnProvision,"
                + "PrivateProvision,OtherPublic,Voluntary,TotalExpenditure,Income,NetCurrentExpenditure,GovGrantsInsideAEF,"
                + "GovGrantsOutsideAEF,LEANetRevenueExpenditure\r\n");
        for (uk.org.wcf.finance.s251.S251Line l : cat.lines()) {
            String d = switch (l.number()) {
                case 11 -> "11Short breaks (respite) for looked after disabled children";
                case 13 -> "13  Education of looked after children";
                case 1, 14, 29 -> l.number() + " " + l.description() + " ";
                default -> l.number() + " " + l.description();
            };
            long v = total.get(l.number());
            String figures = switch (l.kind()) {
                case MEMO -> ",,,," + v + ",,,,,";
                default -> l.measures().size() == 3 ? ",,,," + v + ",0," + v + ",,,"
                        : v + ",0,0,0," + v + ",0," + v + ",0,0," + v;
            };
            sb.append("885,Worcestershire,").append(l.number()).append(',').append(d.contains(",") ? "\"" + d + "\"" : d)
                    .append(",SECTION,").append(figures).append("\r\n");
        }
        return sb.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void aFileOf2013To14IsReadWithItsOwnCatalogueWhereTotalChildrenLookedAfterIsLine16() {
        S251File.Contents c = S251File.read("outturn_1314.csv", file1314()).orThrow();
        assertThat(c.describe()).isEqualTo("s251 outturn 2013/14 (year from the file name; windows-1252): 1 council");
        uk.org.wcf.finance.s251.S251Return r = c.returns();
        assertThat(r.catalogue().lines()).hasSize(36);
        assertThat(r.catalogue().find("Total Children Looked After").number()).isEqualTo(16);
        assertThat(r.requireCouncil("885").figures(16).orElseThrow().get(uk.org.wcf.finance.s251.Measure.TOTAL_EXPENDITURE)
                .orElseThrow().getAmount()).isEqualByComparingTo("105"); // 6 + 7 + ... + 15
        assertThat(r.requireCouncil("885").figures(35).orElseThrow().get(uk.org.wcf.finance.s251.Measure.INCOME)).isEmpty();
        assertThat(uk.org.wcf.finance.s251.S251Check.check(r)).isEmpty();
        assertThat(c.descriptions().get(11)).isEqualTo("Short breaks (respite) for looked after disabled children");
        // the same rows read as 2012-13 are refused at the first line whose meaning differs, naming both
        ReadResult<S251File.Contents> wrong = S251File.read("outturn_1314.csv", file1314(),
                uk.org.wcf.finance.time.FiscalYear.of(2012));
        assertThat(wrong.problems()).singleElement().asString().isEqualTo("outturn_1314.csv: the year is 2012/13 (from the"
                + " --year option) but the file's lines are 2013/14's, every one (line 4, column 4 (CYPServiceDescription):"
                + " the description is '3 Spend on local authority management costs relating to sure Start Children's"
                + " Centres' but 2012/13 line 3 is 'Other early years funding'): give --year 2013/14");
    }

    @Test
    void dfesOwn2013To14RowsForOneCouncilKeepEveryRuleOfThe2013Catalogue() throws Exception {
        byte[] b;
        try (var in = S251ReaderRulesTest.class.getResourceAsStream("/s251/outturn_1314_torbay.csv")) {
            b = in.readAllBytes();
        }
        S251File.Contents c = S251File.read("outturn_1314_torbay.csv", b).orThrow();
        assertThat(c.describe()).isEqualTo("s251 outturn 2013/14 (year from the file name; UTF-8): 1 council");
        uk.org.wcf.finance.s251.CouncilReturn torbay = c.returns().requireCouncil("880");
        assertThat(torbay.lines()).hasSize(36);
        // every section total and both grand totals are the sums the catalogue says, to the penny, as published
        assertThat(uk.org.wcf.finance.s251.S251Check.check(c.returns())).isEmpty();
        assertThat(torbay.figures(16).orElseThrow().get(uk.org.wcf.finance.s251.Measure.TOTAL_EXPENDITURE).orElseThrow()
                .getAmount()).isEqualByComparingTo("16912949");
        assertThat(torbay.figures(31).orElseThrow().get(uk.org.wcf.finance.s251.Measure.OWN_PROVISION)).isEmpty();
        assertThat(torbay.figures(35).orElseThrow().get(uk.org.wcf.finance.s251.Measure.TOTAL_EXPENDITURE).orElseThrow()
                .getAmount()).isEqualByComparingTo("142900");
    }
}
