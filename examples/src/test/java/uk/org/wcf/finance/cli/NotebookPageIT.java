package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook page as a reader gets it: titled by its first heading, each value once, no temporary paths. */
class NotebookPageIT {

    @TempDir
    Path dir;

    @Test
    void theDsgNotebookPageIsTitledShowsTheReportOnceAndItsChartsAreReadable() throws Exception {
        Path notebook = Cli.jar().toAbsolutePath().getParent().getParent().resolve("notebooks/03-period6-dsg-monitoring.jsh");
        Cli.Run r = Cli.run(dir, "notebook", notebook.toString(), "--output", "p6.md");
        assertThat(r.exit()).as(r.err()).isZero();
        String page = Files.readString(dir.resolve("p6.md"));
        assertThat(page).startsWith("# Period 6 2019/20 monitoring of the Dedicated Schools Grant, reproduced from the snapshots.\n");
        assertThat(page).doesNotContain(System.getProperty("java.io.tmpdir") + "/").doesNotContain("wcf-finance-charts")
                .doesNotContain("==> /");
        Matcher m = Pattern.compile("DSG - High Needs Pupils\\s+43,442").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertThat(n).as("the report's High Needs row, shown once").isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("p6-1.png")))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("p6-2.png")))).isEqualTo("rw-r--r--");
    }
}
