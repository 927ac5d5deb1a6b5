package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.jupyter.KernelSpec;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.notebook.NotebookSource;
import uk.org.wcf.finance.report.FigureFormat;

/**
 * {@code jupyter install} and {@code jupyter convert} run as a process, and every worked notebook executed by real
 * Jupyter ({@code jupyter nbconvert --to html --execute}) on the installed kernel. The Jupyter tests need
 * Debian's {@code jupyter-nbconvert}, {@code jupyter-client} and {@code python3-ipykernel} (CI installs them);
 * without them they are skipped, except under CI ({@code CI=true}), where they fail.
 */
class JupyterIT {

    private static final Path JUPYTER = Paths.get("/usr/bin/jupyter");
    private static final Path PYTHON = Paths.get("/usr/bin/python3");

    @TempDir
    Path dir;

    private static void requireJupyter() {
        boolean present = Files.isExecutable(JUPYTER) && Files.isExecutable(PYTHON);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + JUPYTER + " is missing: .ci/run installs jupyter-nbconvert, jupyter-client and python3-ipykernel");
        }
        assumeTrue(present, JUPYTER + " is not installed (apt-get install jupyter-nbconvert jupyter-client python3-ipykernel)");
    }

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(Paths.get("notebooks"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().map(Path::toAbsolutePath).toList();
        }
    }

    /** Jupyter's folders inside the test's, so that nothing is read from or written to the user's. */
    private Map<String, String> jupyterEnv() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("JUPYTER_PATH", dir.resolve("prefix/share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", Files.createDirectories(dir.resolve("data")).toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(dir.resolve("runtime")).toString());
        env.put("JUPYTER_CONFIG_DIR", Files.createDirectories(dir.resolve("config")).toString());
        env.put("IPYTHONDIR", Files.createDirectories(dir.resolve("ipython")).toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        return env;
    }

    private Cli.Run exec(Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "p", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish: " + Files.readString(out));
        }
        return new Cli.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), "");
    }

    @Test
    void installWritesAKernelspecNamingThisJarAndTheJvm() throws Exception {
        Cli.Run r = Cli.run(dir, "jupyter", "install", "--prefix", "prefix", "--no-archive");
        assertThat(r.exit()).as(r.err()).isZero();
        Path json = dir.resolve("prefix/share/jupyter/kernels/wcf-finance/kernel.json");
        assertThat(r.out()).contains("wrote " + json.toAbsolutePath()).contains("wcf-finance (Java)");
        KernelSpec spec = KernelSpec.parse(Files.readString(json), json.toString());
        assertThat(spec.jar()).isEqualTo(Cli.jar().toAbsolutePath().normalize());
        assertThat(spec.java()).isEqualTo(Paths.get(System.getProperty("java.home"), "bin", "java"));
        assertThat(spec.jvmOptions()).isEqualTo(KernelSpec.DEFAULT_JVM_OPTIONS);

        Path user = dir.resolve("user-data");
        Cli.Run u = Cli.run(dir, Map.of("JUPYTER_DATA_DIR", user.toString()), "jupyter", "install", "--user", "--no-archive");
        assertThat(u.exit()).as(u.err()).isZero();
        assertThat(user.resolve("kernels/wcf-finance/kernel.json")).exists();

        Cli.Run both = Cli.run(dir, "jupyter", "install", "--user", "--prefix", "p2");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(dir.resolve("p2")).doesNotExist();
    }

    @Test
    void convertMakesAnIpynbFromAJshAndBack() throws Exception {
        Path nb = notebooks().get(0);
        Cli.Run r = Cli.run(dir, "jupyter", "convert", nb.toString(), "--output", "nb.ipynb");
        assertThat(r.exit()).as(r.err()).isZero();
        Cli.Run back = Cli.run(dir, "jupyter", "convert", "nb.ipynb", "--output", "nb.jsh");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(NotebookSource.read(dir.resolve("nb.jsh"))).isEqualTo(NotebookSource.read(nb));
        // the notebook command runs the .ipynb too
        Cli.Run run = Cli.run(dir, "notebook", "nb.ipynb", "--startup", nb.resolveSibling("startup.jsh").toString(), "--output", "nb.md");
        assertThat(run.exit()).as(run.err()).isZero();
        Cli.Run wrong = Cli.run(dir, "jupyter", "convert", nb.toString(), "--output", "nb2.jsh");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--output must end .ipynb");
        Files.writeString(dir.resolve("bad.ipynb"), "{\"nbformat\": 4, \"cells\": [");
        Cli.Run bad = Cli.run(dir, "jupyter", "convert", "bad.ipynb", "--output", "bad.jsh");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.ipynb").contains("not JSON");
        assertThat(dir.resolve("bad.jsh")).doesNotExist();
    }

    @Test
    void everyWorkedNotebookRunsInJupyterWithItsFiguresAndCharts() throws Exception {
        requireJupyter();
        Map<String, String> env = jupyterEnv();
        Cli.Run install = Cli.run(dir, "jupyter", "install", "--prefix", "prefix");
        assertThat(install.exit()).as(install.err()).isZero();
        Cli.Run list = exec(env, JUPYTER.toString(), "kernelspec", "list");
        assertThat(list.out()).contains("wcf-finance");

        List<String> cmd = new ArrayList<>(List.of(JUPYTER.toString(), "nbconvert", "--to", "html", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", dir.resolve("html").toString()));
        // the notebooks run where the project's examples folder would be, with the files they read beside them:
        // examples/dsg, and DfE's s251 file in ../shared (left out, with its notebook, where this checkout has none)
        Path work = Files.createDirectories(dir.resolve("p").resolve("examples"));
        ExamplesIT.copy(Paths.get("dsg"), work.resolve("dsg"));
        Path s251 = Paths.get("..", "..", "shared", "s251", "outturn_1213.csv");
        if (Files.exists(s251)) {
            Files.createDirectories(dir.resolve("shared/s251"));
            Files.copy(s251, dir.resolve("shared/s251/outturn_1213.csv"));
        }
        List<Path> notebooks = notebooks().stream()
                .filter(nb -> Files.exists(s251) || !nb.getFileName().toString().contains("s251")).toList();
        assertThat(notebooks).hasSizeGreaterThanOrEqualTo(6);
        for (Path nb : notebooks) {
            String name = nb.getFileName().toString().replaceFirst("\\.jsh$", ".ipynb");
            Cli.Run c = Cli.run(work, "jupyter", "convert", nb.toString(), "--output", name);
            assertThat(c.exit()).as(c.err()).isZero();
            cmd.add(work.resolve(name).toString());
        }
        Cli.Run run = exec(env, cmd.toArray(String[]::new));
        assertThat(run.exit()).as(run.out()).isZero();

        for (Path nb : notebooks) {
            String stem = nb.getFileName().toString().replaceFirst("\\.jsh$", "");
            String html = Files.readString(dir.resolve("html").resolve(stem + ".html"));
            // no error and nothing on stderr (the template's style sheet names the type in single quotes)
            assertThat(html).as(stem).doesNotContain("data-mime-type=\"application/vnd.jupyter.stderr\"")
                    .contains("jp-OutputArea-output");
            // an inline image for every chart the notebook draws
            long charts = Pattern.compile("Notebooks\\.show\\(").matcher(Files.readString(nb)).results().count();
            long images = Pattern.compile("<img src=\"data:image/png;base64,").matcher(html).results().count();
            assertThat(images).as(stem + ": inline charts").isEqualTo(charts);
        }
        // the figures the model computes, as the published tables print them
        String gross = FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(WcfData.businessPlan2020().grossExpenditure()));
        assertThat(gross).isEqualTo("115,029");
        String budget = Files.readString(dir.resolve("html/01-budget-book-2020.html"));
        assertThat(budget).containsPattern("Gross expenditure\\s+" + gross).contains("<b>" + gross + "</b>");
        String closing = FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(WcfData.dsgReserve2019().closing()));
        assertThat(closing).isEqualTo("(8,657)");
        String dsg = Files.readString(dir.resolve("html/03-period6-dsg-monitoring.html"));
        assertThat(dsg).contains(closing).containsPattern("<table>[\\s\\S]*Schools[\\s\\S]*</table>");
        assertThat(Files.readString(dir.resolve("html/02-three-year-plan.html"))).contains("<img src=\"data:image/png;base64,");
    }

    @Test
    void aFailingCellIsAJupyterErrorNamingItsLine() throws Exception {
        requireJupyter();
        Map<String, String> env = jupyterEnv();
        assertThat(Cli.run(dir, "jupyter", "install", "--prefix", "prefix", "--no-archive").exit()).isZero();
        Files.writeString(dir.resolve("broken.jsh"), "// a cell that throws on its second line\nint x = 1;\nint y = x / 0;\n");
        assertThat(Cli.run(dir, "jupyter", "convert", "broken.jsh", "--output", "broken.ipynb").exit()).isZero();
        Cli.Run strict = exec(env, JUPYTER.toString(), "nbconvert", "--to", "html", "--execute", "broken.ipynb");
        assertThat(strict.exit()).as(strict.out()).isNotZero();
        assertThat(strict.out()).contains("java.lang.ArithmeticException: / by zero (line 2 of the cell)");
        Cli.Run lenient = exec(env, JUPYTER.toString(), "nbconvert", "--to", "html", "--execute", "--allow-errors", "broken.ipynb");
        assertThat(lenient.exit()).as(lenient.out()).isZero();
        // the error is shown as the other notebooks' check requires it is not
        assertThat(Files.readString(dir.resolve("broken.html"))).contains("line 2: int y = x / 0;")
                .contains("data-mime-type=\"application/vnd.jupyter.stderr\"");
    }

    @Test
    void completionInspectionAndSignaturesOverTheProtocol() throws Exception {
        requireJupyter();
        Map<String, String> env = jupyterEnv();
        assertThat(Cli.run(dir, "jupyter", "install", "--prefix", "prefix", "--no-archive").exit()).isZero();
        Files.writeString(dir.resolve("client.py"), String.join("\n",
                "import queue",
                "from jupyter_client.manager import start_new_kernel",
                "from jupyter_client.session import Session",
                "km, kc = start_new_kernel(kernel_name='wcf-finance', startup_timeout=300)",
                "try:",
                "    info = kc.kernel_info(reply=True, timeout=300)['content']",
                "    print('language', info['language_info']['name'])",
                "    code = 'var b = 1;\\nWcfData.businessPl'",
                "    r = kc.complete(code, len(code), reply=True, timeout=300)['content']",
                "    print('complete', r['status'], r['cursor_start'], ','.join(r['matches']))",
                "    code = 'RoundingPolicy.THOUSANDS.units('",
                "    r = kc.inspect(code, len(code), reply=True, timeout=300)['content']",
                "    print('inspect', r['found'], r['data'].get('text/plain', '').replace('\\n', ' '))",
                "    bad = Session(key=b'not-the-key', username='intruder')",
                "    bad.send(kc.shell_channel.socket, 'execute_request', {'code': 'System.exit(3)', 'silent': False,",
                "             'store_history': False, 'user_expressions': {}, 'allow_stdin': False, 'stop_on_error': True})",
                "    try:",
                "        kc.get_shell_msg(timeout=5)",
                "        print('unsigned answered')",
                "    except queue.Empty:",
                "        print('unsigned ignored')",
                "    r = kc.execute('6 * 7', reply=True, timeout=300)['content']",
                "    print('execute', r['status'], km.is_alive())",
                "finally:",
                "    kc.stop_channels()",
                "    km.shutdown_kernel(now=True)",
                ""));
        Cli.Run r = exec(env, PYTHON.toString(), "client.py");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("language java").contains("unsigned ignored").contains("execute ok True");
        Matcher m = Pattern.compile("complete ok (\\d+) (.*)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo("var b = 1;\nWcfData.".length());
        assertThat(m.group(2).split(",")).contains("businessPlan2020()");
        assertThat(r.out()).containsPattern("inspect True .*units\\(");
    }
}
