package uk.org.wcf.finance.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The kernelspec: what Jupyter runs, written and read back, and where Jupyter looks for it. */
class KernelSpecTest {

    @Test
    void kernelJsonNamesTheJvmTheJarAndTheKernelAndReadsBack() {
        KernelSpec spec = new KernelSpec(Path.of("/opt/jdk/bin/java"), Path.of("/opt/wcf/wcf-finance.jar"),
                KernelSpec.DEFAULT_JVM_OPTIONS).withArchive(Path.of("/k/wcf-finance.jsa"));
        assertThat(spec.argv()).startsWith("/opt/jdk/bin/java").endsWith("-cp", "/opt/wcf/wcf-finance.jar",
                WcfKernel.class.getName(), "{connection_file}").contains("-XX:SharedArchiveFile=/k/wcf-finance.jsa");
        String json = spec.json();
        assertThat(json).contains("\"display_name\" : \"wcf-finance (Java)\"").contains("\"language\" : \"java\"");
        assertThat(KernelSpec.parse(json, "kernel.json")).isEqualTo(spec);
        assertThatThrownBy(() -> KernelSpec.parse("{\"argv\": [\"python\", \"-m\", \"ipykernel\"]}", "other/kernel.json"))
                .hasMessageContaining("other/kernel.json").hasMessageContaining("not a wcf-finance kernelspec");
        assertThat(spec.trainingCommand(Path.of("/k/a.jsa"))).contains("-XX:ArchiveClassesAtExit=/k/a.jsa")
                .endsWith(WcfKernel.class.getName(), WcfKernel.TRAIN);
    }

    @Test
    void theUserFolderIsWhereJupyterLooks() {
        Path home = Path.of("/home/ann");
        assertThat(KernelSpec.userDataDir(Map.of(), home, "Linux")).isEqualTo(Path.of("/home/ann/.local/share/jupyter"));
        assertThat(KernelSpec.userDataDir(Map.of("XDG_DATA_HOME", "/x"), home, "Linux")).isEqualTo(Path.of("/x/jupyter"));
        assertThat(KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/j"), home, "Linux")).isEqualTo(Path.of("/j"));
        assertThat(KernelSpec.userDataDir(Map.of(), home, "Mac OS X")).isEqualTo(Path.of("/home/ann/Library/Jupyter"));
        assertThat(KernelSpec.systemDataDir(Map.of(), "Linux")).isEqualTo(Path.of("/usr/local/share/jupyter"));
    }

    @Test
    void pathsMustBeAbsolute() {
        assertThatThrownBy(() -> new KernelSpec(Path.of("java"), Path.of("/a.jar"), List.of()))
                .hasMessageContaining("absolute paths");
    }
}
