package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chart, notebook and the completion script, run as a process. */
class ChartsAndNotebooksIT {

    @TempDir
    Path dir;

    @Test
    void chartsAreWrittenAsPngAndSvg() throws Exception {
        Cli.Run png = Cli.run(dir, "chart", "variance", "--output", "v.png");
        assertThat(png.exit()).as(png.err()).isZero();
        byte[] b = Files.readAllBytes(dir.resolve("v.png"));
        assertThat(b[1]).isEqualTo((byte) 'P');
        assertThat(b.length).isGreaterThan(5000);
        Cli.Run svg = Cli.run(dir, "chart", "bridge", "--year", "2022/23", "--output", "b.svg");
        assertThat(svg.exit()).as(svg.err()).isZero();
        assertThat(Files.readString(dir.resolve("b.svg"))).contains("<svg");
        Cli.Run bad = Cli.run(dir, "chart", "pie", "--output", "p.png");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown chart 'pie'");
    }

    @Test
    void aNotebookIsRenderedWithItsOutputAndCharts() throws Exception {
        Path nb = Paths.get("notebooks", "02-three-year-plan.jsh").toAbsolutePath();
        Cli.Run r = Cli.run(dir, "notebook", nb.toString(), "--output", "plan.md");
        assertThat(r.exit()).as(r.err()).isZero();
        String md = Files.readString(dir.resolve("plan.md"));
        assertThat(md).contains("```java\nvar plan = WcfData.plan2020();").contains("![chart](plan-1.png)")
                .containsPattern("Total Gross Expenditure\\s+115,029");
        assertThat(dir.resolve("plan-1.png")).exists();
        Files.writeString(dir.resolve("broken.jsh"), "// a cell that throws\nint x = 1 / 0;\n");
        Cli.Run broken = Cli.run(dir, "notebook", "broken.jsh", "--output", "broken.html");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("java.lang.ArithmeticException");
        assertThat(Files.readString(dir.resolve("broken.html"))).contains("class=\"err\"");
    }

    @Test
    void theCompletionScriptAndTheVersion() throws Exception {
        Cli.Run c = Cli.run(dir, "generate-completion");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("complete").contains("actuals").contains("monitor");
        assertThat(Cli.run(dir, "--help").out()).contains("check").contains("notebook").contains("Exit codes:");
    }
}
