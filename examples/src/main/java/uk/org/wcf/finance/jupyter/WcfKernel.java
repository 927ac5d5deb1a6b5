package uk.org.wcf.finance.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.wcf.finance.notebook.Snippets;

/**
 * The wcf-finance Jupyter kernel. Cells are evaluated by JShell in this JVM, split into snippets as the jshell tool
 * reads a script; the library's packages are imported first (the notebooks' {@code startup.jsh}). Each value is
 * shown as {@link Display} renders it (the last one of a cell as the cell's result); a chart a cell shows with
 * {@code Notebooks.show} appears inline; a cell that fails is a Jupyter error naming the line of the cell.
 * Completion and inspection use JShell's source analysis.
 *
 * <p>Run by Jupyter through the kernelspec {@code wcf-finance jupyter install} writes:
 * {@code java -cp wcf-finance.jar uk.org.wcf.finance.jupyter.WcfKernel CONNECTION_FILE}. The kernel binds only
 * the loopback address its connection file names, and every message must carry the HMAC signature made with the
 * file's key.
 */
public final class WcfKernel extends BaseKernel {

    private static final Logger LOG = LoggerFactory.getLogger(WcfKernel.class);

    private final ValueCapture capture;
    private final CompletableFuture<JShell> shell;
    private volatile Thread running;

    private WcfKernel(String version, ValueCapture capture, CompletableFuture<JShell> shell) {
        super("wcf-finance", version,
                new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source", ".jsh", "java", "java", "script"),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                new MagicsRegistry(), false, new StringStyler.Builder().build());
        this.capture = capture;
        this.shell = shell;
    }

    /**
     * A kernel whose cells see the given class path (the library and its dependencies).
     *
     * @param classPath the class path entries
     * @return a kernel, starting JShell in the background
     */
    public static WcfKernel create(List<String> classPath) {
        ValueCapture capture = new ValueCapture();
        return new WcfKernel(version(), capture, startInBackground(capture, classPath));
    }

    /**
     * Starts JShell and runs the imports on a thread of their own, so that they are ready while Jupyter connects and
     * the first cell does not wait for the compiler. It is the longest part of a kernel's start, so {@link #main}
     * begins it before anything else (before JJava's classes and the connection).
     */
    private static CompletableFuture<JShell> startInBackground(ValueCapture capture, List<String> classPath) {
        CompletableFuture<JShell> started = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                started.complete(start(capture, classPath));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "wcf-finance-jshell-start");
        t.setDaemon(true);
        t.start();
        return started;
    }

    private static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static JShell start(ValueCapture capture, List<String> classPath) {
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override
            public String name() {
                return "wcf-finance";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return capture;
            }
        };
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        JShell js = JShell.builder().executionEngine(provider, Map.of()).out(quiet).err(quiet).build();
        classPath.forEach(js::addToClasspath);
        String startup;
        try (InputStream in = WcfKernel.class.getResourceAsStream("startup.jsh")) {
            if (in == null) {
                throw new IllegalStateException("startup.jsh is missing from the jar");
            }
            startup = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Snippets.Snippet s : Snippets.split(js.sourceCodeAnalysis(), startup).snippets()) {
            for (SnippetEvent e : js.eval(s.source())) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("startup.jsh line " + s.line() + " does not compile: " + s.source());
                }
            }
        }
        return js;
    }

    private JShell shell() {
        try {
            return shell.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("JShell did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static String version() {
        Package p = WcfKernel.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev";
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * Runs a cell: each snippet in turn. Every value but the last is shown as it comes; the last is the result.
     *
     * @param code the cell
     * @return the display data of the cell's last value, or null when its last snippet has none
     * @throws CellException when a snippet does not compile or throws, naming the line of the cell
     */
    @Override
    public Object evalRaw(String code) {
        JShell js = shell();
        Snippets.Split split = Snippets.split(js.sourceCodeAnalysis(), code);
        DisplayData last = null;
        running = Thread.currentThread();
        try {
            for (Snippets.Snippet s : split.snippets()) {
                if (last != null) {
                    display(last);
                }
                last = evalSnippet(js, s);
            }
        } finally {
            running = null;
        }
        if (!split.incomplete().isEmpty()) {
            if (last != null) {
                display(last);
            }
            throw new CellException("incomplete code at line " + split.incompleteLine() + " of the cell",
                    List.of("line " + split.incompleteLine() + ": " + CellException.firstLine(split.incomplete()),
                            "incomplete code at the end of the cell: a statement, block or call is not closed"));
        }
        return last;
    }

    private DisplayData evalSnippet(JShell js, Snippets.Snippet s) {
        DisplayData shown = null;
        for (SnippetEvent e : js.eval(s.source())) {
            Object value = capture.take();
            if (e.causeSnippet() != null) {
                continue;
            }
            if (e.exception() != null) {
                throw CellException.thrown(s, e.snippet(), e.exception());
            }
            if (e.status() == Snippet.Status.REJECTED) {
                throw CellException.rejected(js, s, e.snippet());
            }
            if (e.value() != null && e.snippet().kind() != Snippet.Kind.IMPORT
                    && e.snippet().subKind() != Snippet.SubKind.STATEMENT_SUBKIND) {
                boolean expression = e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
                if (expression && s.semicolon()) {
                    continue; // as in IPython, an expression ended with a semicolon is run for its effect
                }
                String name = e.snippet() instanceof VarSnippet v && !expression ? v.name() : "";
                shown = Display.of(name, value, e.value());
            }
        }
        return shown;
    }

    @Override
    public List<String> formatError(Throwable e) {
        return e instanceof CellException c ? c.detail() : super.formatError(e);
    }

    /** Standard output goes through {@link ChartMarkers}, so that a chart a cell shows appears inline. */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        super.replaceOutputStreams(env);
        ChartMarkers markers = new ChartMarkers(io.out, this::display);
        System.setOut(new PrintStream(markers, true, StandardCharsets.UTF_8));
        env.defer(() -> {
            try {
                markers.finish();
            } catch (IOException e) {
                LOG.warn("a cell's last output could not be sent: {}", e.toString());
            }
        });
    }

    // ---------------------------------------------------------------- completion and inspection

    @Override
    public ReplacementOptions complete(String code, int at) {
        JShell js = shell();
        int start = snippetStart(js, code, at);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                js.sourceCodeAnalysis().completionSuggestions(code.substring(start, at), at - start, anchor);
        boolean typed = suggestions.stream().anyMatch(SourceCodeAnalysis.Suggestion::matchesType);
        Set<String> options = suggestions.stream().filter(s -> !typed || s.matchesType())
                .map(SourceCodeAnalysis.Suggestion::continuation).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ReplacementOptions(List.copyOf(options), start + anchor[0], at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        JShell js = shell();
        int start = snippetStart(js, code, at);
        List<SourceCodeAnalysis.Documentation> docs =
                js.sourceCodeAnalysis().documentation(code.substring(start, at), at - start, extraDetail);
        if (docs.isEmpty()) {
            return null;
        }
        String text = docs.stream().map(d -> d.signature() + (extraDetail && d.javadoc() != null ? "\n" + d.javadoc() : ""))
                .collect(Collectors.joining("\n"));
        return new DisplayData(text);
    }

    /** Where the snippet the cursor is in starts: after the last complete snippet before it. */
    private static int snippetStart(JShell js, String code, int at) {
        String prefix = code.substring(0, Math.max(0, Math.min(at, code.length())));
        Snippets.Split split = Snippets.split(js.sourceCodeAnalysis(), prefix);
        String tail = !split.incomplete().isEmpty() ? split.incomplete()
                : split.snippets().isEmpty() ? "" : split.snippets().get(split.snippets().size() - 1).source();
        tail = tail.strip();
        while (tail.endsWith(";") && !prefix.stripTrailing().endsWith(tail)) {
            tail = tail.substring(0, tail.length() - 1).stripTrailing();
        }
        int i = tail.isEmpty() ? -1 : prefix.lastIndexOf(tail);
        return i >= 0 ? i : prefix.lastIndexOf('\n') + 1;
    }

    @Override
    public String isComplete(String code) {
        Snippets.Split split = Snippets.split(shell().sourceCodeAnalysis(), code);
        return split.incomplete().isEmpty() ? IS_COMPLETE_YES : "    ";
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void interrupt() {
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        shell.thenAccept(JShell::close);
    }

    /**
     * Starts the kernel for Jupyter.
     *
     * @param args the connection file Jupyter wrote
     * @throws Exception when the kernel cannot start (Jupyter shows the kernel as dead, with this in its log)
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && TRAIN.equals(args[0])) {
            train();
            System.exit(0);
        }
        if (args.length != 1) {
            LOG.error("usage: java -cp wcf-finance.jar {} CONNECTION_FILE (Jupyter runs this; see 'wcf-finance jupyter install')",
                    WcfKernel.class.getName());
            System.exit(2);
        }
        ValueCapture capture = new ValueCapture();
        CompletableFuture<JShell> shell = startInBackground(capture, classPath());
        Path file = Path.of(args[0]);
        KernelConnectionProperties props = ConnectionFile.read(Files.readString(file), file.toString());
        WcfKernel kernel = new WcfKernel(version(), capture, shell);
        JupyterConnection connection = new JupyterConnection(props);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        // JJava's channel loops stop on a message they cannot read, one with a bad signature included: skip it
        // instead, so that a stray or forged message neither runs nor stops the kernel
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t instanceof Loop loop) {
                loop.onError(e -> {
                    LOG.warn("{}: a message was ignored: {}", t.getName(), e.getMessage());
                    return 0;
                });
            }
        }
        connection.waitUntilClose();
        System.exit(0);
    }

    /**
     * The argument for a training run: the kernel starts, binds its Jupyter sockets on free loopback ports and closes
     * them, runs a few cells as a notebook would (a value, a table, a chart, a completion) and exits, so that {@code jupyter install} can record the classes it loads in a
     * class-data sharing archive, which the kernel then starts from.
     */
    public static final String TRAIN = "--train";

    private static void train() throws Exception {
        WcfKernel kernel = create(classPath());
        // Jupyter's side of a start too (JJava's channels, ZeroMQ's sockets, the connection file read), on loopback
        // ports free now, with a key no client has: nothing connects, and the sockets are closed again
        JupyterConnection connection = new JupyterConnection(ConnectionFile.read(ConnectionFile.training(), "training connection"));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.close();
        kernel.evalRaw("var book = WcfData.businessPlan2020();\nbook.contractSum()");
        kernel.evalRaw("BusinessPlanTables.table2(book)");
        kernel.evalRaw("Charts.dsgReserve(WcfData.dsgReserve2019())");
        kernel.complete("book.contr", 10);
        kernel.onShutdown(false);
    }
}
