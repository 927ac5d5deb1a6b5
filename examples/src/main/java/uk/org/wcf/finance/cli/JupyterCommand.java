package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.jupyter.KernelSpec;
import uk.org.wcf.finance.notebook.NotebookSource;

/** {@code jupyter}: the Jupyter kernel's kernelspec, and notebooks between .jsh and .ipynb. */
@Command(name = "jupyter", mixinStandardHelpOptions = true,
        description = {"Installs the wcf-finance Jupyter kernel and converts notebooks for it.",
                "'install' writes the kernelspec so that Jupyter (notebook, lab, nbconvert) lists \"wcf-finance (Java)\"; "
                        + "'convert' turns a .jsh notebook into an .ipynb for that kernel, or back."},
        subcommands = {JupyterCommand.Install.class, JupyterCommand.Convert.class},
        footer = {"", "Examples:", "  wcf-finance jupyter convert examples/notebooks/01-budget-book-2020.jsh \\",
                "      --output budget.ipynb",
                "  wcf-finance jupyter install --prefix my-jupyter --no-archive",
                "(jupyter install --user installs for you; then run: jupyter kernelspec list)"})
final class JupyterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return WcfFinance.OK;
    }

    /** {@code jupyter install}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            header = "Installs the wcf-finance kernel for Jupyter.",
            description = {"Writes the kernelspec kernels/wcf-finance/kernel.json: the JVM running this command and "
                    + "this jar, so keep the jar where it is (or install again after moving it or updating it). Without "
                    + "--user or --prefix it goes to the system-wide Jupyter folder (/usr/local/share/jupyter). It runs "
                    + "the kernel once first to record its classes in wcf-finance.jsa beside kernel.json, so that the "
                    + "kernel starts faster."},
            footer = {"", "Example:", "  wcf-finance jupyter install --user",
                    "Then jupyter kernelspec list shows the kernel; --prefix installs it into a virtualenv or conda "
                            + "prefix instead."})
    static final class Install implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        static final class Where {
            @Option(names = "--user", description = "install for this user only (Jupyter's user data folder)")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR", description = "install under DIR/share/jupyter (a virtualenv or conda prefix)")
            Path prefix;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        private Where where;

        @Option(names = "--no-archive", description = {"skip the training run that records the kernel's classes in a "
                + "class-data sharing archive beside kernel.json (the kernel then starts more slowly)"})
        private boolean noArchive;

        @picocli.CommandLine.Mixin
        private VerboseOption verbose = new VerboseOption();

        /** The class-data sharing archive's name, beside kernel.json. */
        static final String ARCHIVE = "wcf-finance.jsa";

        @Override
        public Integer call() throws Exception {
            Path jar;
            try {
                jar = Path.of(JupyterCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            } catch (URISyntaxException | RuntimeException e) {
                throw new IllegalArgumentException("cannot tell where the wcf-finance jar is: run 'java -jar wcf-finance.jar jupyter install'", e);
            }
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("jupyter install runs from the built jar ('java -jar wcf-finance.jar"
                        + " jupyter install'), not from " + jar);
            }
            String os = System.getProperty("os.name");
            Path data = where == null ? KernelSpec.systemDataDir(System.getenv(), os)
                    : where.user ? KernelSpec.userDataDir(System.getenv(), Path.of(System.getProperty("user.home")), os)
                    : where.prefix.toAbsolutePath().resolve("share").resolve("jupyter");
            Path java = Path.of(System.getProperty("java.home"), "bin", os.toLowerCase(Locale.ROOT)
                    .contains("windows") ? "java.exe" : "java");
            KernelSpec kernel = new KernelSpec(java, jar, KernelSpec.DEFAULT_JVM_OPTIONS);
            if (!noArchive) {
                kernel = archived(kernel, KernelSpec.directory(data));
            }
            Path file = kernel.install(data);
            spec.commandLine().getOut().println("wrote " + file + " (" + NotebookSource.KERNEL_DISPLAY_NAME + ")");
            return WcfFinance.OK;
        }

        /** Runs the kernel once to record its classes; without the archive, the kernel still runs, only slower to start. */
        private KernelSpec archived(KernelSpec kernel, Path dir) throws IOException, InterruptedException {
            Path archive = dir.resolve(ARCHIVE);
            Path partial = dir.resolve(ARCHIVE + ".part");
            Files.deleteIfExists(partial);
            Path log = Files.createTempFile("wcf-finance-train", ".log");
            try {
                Process p = new ProcessBuilder(kernel.trainingCommand(partial)).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
                p.getOutputStream().close();
                boolean done = p.waitFor(300, TimeUnit.SECONDS);
                if (!done) {
                    p.destroyForcibly();
                }
                if (done && p.exitValue() == 0 && Files.isRegularFile(partial)) {
                    Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return kernel.withArchive(archive);
                }
                spec.commandLine().getErr().println("wcf-finance: no class-data archive for the kernel (it will start "
                        + "more slowly): the training run " + (done ? "exited " + p.exitValue() : "did not finish") + ": "
                        + Files.readString(log).strip().lines().reduce((a, b) -> b).orElse(""));
                return kernel;
            } finally {
                Files.deleteIfExists(log);
                Files.deleteIfExists(partial);
            }
        }
    }

    /** {@code jupyter convert}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            header = "Converts a .jsh notebook to an .ipynb, or back.",
            description = {"Converts a notebook: a .jsh (cells separated by blank lines, opening comment lines as "
                    + "prose) to an .ipynb for the wcf-finance kernel (prose as Markdown cells, no outputs), or an "
                    + ".ipynb back to a .jsh. The .jsh notebooks in examples/notebooks are the source; their .ipynb "
                    + "are made by this command."},
            footer = {"", "Example:",
                    "  wcf-finance jupyter convert examples/notebooks/03-period6-dsg-monitoring.jsh \\",
                    "      --output p6.ipynb"})
    static final class Convert implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the notebook, FILE.jsh or FILE.ipynb")
        private Path input;

        @Option(names = "--output", required = true, paramLabel = "FILE", description = "FILE.ipynb (from a .jsh) or FILE.jsh (from an .ipynb)")
        private Path output;

        @picocli.CommandLine.Mixin
        private VerboseOption verbose = new VerboseOption();

        @Override
        public Integer call() throws Exception {
            boolean toIpynb = !NotebookSource.isIpynb(input);
            String want = toIpynb ? ".ipynb" : ".jsh";
            if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(want)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output must end " + want + " for a "
                        + (toIpynb ? ".jsh" : ".ipynb") + " notebook");
            }
            if (!Files.isRegularFile(input)) {
                throw new InvalidInputException(Problem.ofFile(input.toString(), "no such file"));
            }
            List<NotebookSource.Cell> cells = NotebookSource.read(input);
            String text = toIpynb ? NotebookSource.toIpynb(cells) : NotebookSource.toJsh(cells, input.toString());
            Output.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getOut().println("wrote " + output + " (" + cells.size() + " cells)");
            return WcfFinance.OK;
        }
    }
}
