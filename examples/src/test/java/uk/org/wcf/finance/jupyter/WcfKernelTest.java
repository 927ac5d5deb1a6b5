package uk.org.wcf.finance.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;

/** The kernel's evaluator, display, completion and inspection, called as the Jupyter protocol handlers call them. */
class WcfKernelTest {

    private static WcfKernel kernel;

    @BeforeAll
    static void start() {
        kernel = WcfKernel.create(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    private static String text(Object result) {
        return (String) ((DisplayData) result).getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void aVariableIsShownAsJShellShowsItWithTheLibraryImported() {
        Object r = kernel.evalRaw("var book = WcfData.businessPlan2020();");
        // a budget book prints as one short line; the kernel shows its summary table at £000, footing shown
        assertThat(text(r)).startsWith("book ==> ").contains(uk.org.wcf.finance.report.BookSummary.text(
                WcfData.businessPlan2020(), uk.org.wcf.finance.money.RoundingPolicy.THOUSANDS).stripTrailing());
        // money as a person reads it, not Joda's GBP 114622000.00
        assertThat(text(kernel.evalRaw("book.contractSum()"))).isEqualTo("£114,622,000.00");
        assertThat(text(kernel.evalRaw("var deficit = Gbp.pounds(-633000);"))).isEqualTo("deficit ==> (£633,000.00)");
    }

    @Test
    void aTableIsShownAsHtmlAndAsTheAlignedText() {
        DisplayData d = (DisplayData) kernel.evalRaw("BusinessPlanTables.table2(WcfData.businessPlan2020())");
        RoundedTable t = BusinessPlanTables.table2(WcfData.businessPlan2020()).round(RoundingPolicy.THOUSANDS);
        assertThat(text(d)).isEqualTo("\n" + TableText.text(t).stripTrailing());
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("<table>").contains(t.table().title());
        for (String[] row : TableText.cells(t, FigureFormat.PRINTED)) {
            for (String cell : row) {
                assertThat(html).contains(cell.replace("&", "&amp;").replace("'", "&#39;"));
            }
        }
        // the footing differences the text lists are under the HTML table too
        t.footingDifferences().forEach(f -> assertThat(html).contains(FigureFormat.PRINTED.format(f.roundedTotal())));
    }

    @Test
    void aChartIsShownInlineAsAPng() throws Exception {
        DisplayData d = (DisplayData) kernel.evalRaw("Charts.dsgReserve(WcfData.dsgReserve2019())");
        byte[] png = Base64.getDecoder().decode((String) d.getData(MIMEType.parse("image/png")));
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(text(d)).isEqualTo("chart: " + Charts.dsgReserve(WcfData.dsgReserve2019()).getTitle().getText());
    }

    @Test
    void anExpressionEndedWithASemicolonShowsNothingButStillRuns() {
        assertThat(kernel.evalRaw("int counted = 41;\ncounted++;")).isNull();
        assertThat(text(kernel.evalRaw("counted"))).isEqualTo("42");
    }

    @Test
    void aThrowingCellIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> kernel.evalRaw("int a = 1;\nint b = 2;\nint c = a / 0;"))
                .isInstanceOf(CellException.class)
                .hasMessage("java.lang.ArithmeticException: / by zero (line 3 of the cell)")
                .satisfies(e -> assertThat(((CellException) e).detail()).startsWith("line 3: int c = a / 0;",
                        "java.lang.ArithmeticException: / by zero"));
        assertThatThrownBy(() -> kernel.evalRaw("var x = 1;\n\nx.foo()")).isInstanceOf(CellException.class)
                .hasMessageStartingWith("line 3 of the cell does not compile: ");
        assertThatThrownBy(() -> kernel.evalRaw("var y = 2;\nif (y > 1) {\n  y++;")).isInstanceOf(CellException.class)
                .hasMessage("incomplete code at line 2 of the cell");
        // a library rule broken in a call is the library's message
        assertThatThrownBy(() -> kernel.evalRaw("FiscalYear.parse(\"twenty\")")).isInstanceOf(CellException.class)
                .hasMessageContaining("(line 1 of the cell)").hasMessageContaining("twenty");
    }

    @Test
    void completionUsesJShellsAnalysisOfTheSnippetUnderTheCursor() {
        String code = "var b = 1;\nWcfData.businessPl";
        ReplacementOptions o = kernel.complete(code, code.length());
        assertThat(o.getReplacements()).contains("businessPlan2020()");
        assertThat(o.getSourceStart()).isEqualTo(code.indexOf("businessPl"));
        assertThat(o.getSourceEnd()).isEqualTo(code.length());
        kernel.evalRaw("var book2 = WcfData.businessPlan2020();");
        String member = "1 + 1;\nbook2.contr";
        assertThat(kernel.complete(member, member.length()).getReplacements()).contains("contractSum()");
    }

    @Test
    void inspectionShowsTheSignature() {
        String code = "RoundingPolicy.THOUSANDS.units(";
        DisplayData d = kernel.inspect(code, code.length(), false);
        assertThat((String) d.getData(MIMEType.TEXT_PLAIN)).contains("units(");
    }

    @Test
    void aCellIsCompleteWhenEveryStatementIsClosed() {
        assertThat(kernel.isComplete("1 + 1")).isEqualTo(WcfKernel.IS_COMPLETE_YES);
        assertThat(kernel.isComplete("for (int i = 0; i < 3; i++) {")).isNotEqualTo(WcfKernel.IS_COMPLETE_YES);
    }

    @Test
    void theConnectionFileMustBeLoopbackAndSigned() {
        String ok = "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"control_port\": 1, \"shell_port\": 2, \"stdin_port\": 3,"
                + " \"hb_port\": 4, \"iopub_port\": 5, \"signature_scheme\": \"hmac-sha256\", \"key\": \"abc\"}";
        assertThat(ConnectionFile.read(ok, "c.json").getShellPort()).isEqualTo(2);
        assertThatThrownBy(() -> ConnectionFile.read(ok.replace("127.0.0.1", "0.0.0.0"), "c.json"))
                .hasMessageContaining("c.json").hasMessageContaining("loopback");
        assertThatThrownBy(() -> ConnectionFile.read(ok.replace("\"abc\"", "\"\""), "c.json"))
                .hasMessageContaining("only signed messages");
    }

    @Test
    void aChartMarkerLineBecomesAnInlineImageAndOtherLinesPassThrough() throws Exception {
        Path png = Files.createTempFile("chart-", ".png");
        Files.write(png, Charts.png(Charts.dsgReserve(WcfData.dsgReserve2019())));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<DisplayData> shown = new ArrayList<>();
        ChartMarkers m = new ChartMarkers(text, shown::add);
        m.write(("before\n" + uk.org.wcf.finance.notebook.Notebooks.IMAGE_MARKER + png + "]]\nafter").getBytes(StandardCharsets.UTF_8));
        m.flush();
        m.finish();
        assertThat(text.toString(StandardCharsets.UTF_8)).isEqualTo("before\nafter");
        assertThat(shown).hasSize(1);
        assertThat(Base64.getDecoder().decode((String) shown.get(0).getData(MIMEType.parse("image/png")))).startsWith(
                Charts.png(Charts.dsgReserve(WcfData.dsgReserve2019())));
        assertThat(png).doesNotExist();
    }
}
