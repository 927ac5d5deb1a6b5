package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Every example in the {@code --help} of every command, at any depth (found from picocli's model of the tool, so a
 * new command or subcommand is covered when it is added), runs as written: taken from the help exactly as it is
 * printed at 80 columns (a command wrapped without a trailing backslash is cut there, as a paste would cut it), run
 * through the launcher script beside the jar by {@code sh}, from a copy of the project folder (the sample files under
 * {@code examples/data/}), so the repository is never written to. Each exits 0, and every file or folder it names
 * with {@code --output}, {@code --chart}, {@code --db} or {@code --prefix} is there and not empty afterwards; and
 * every example line of a footer is printed whole on one line (a wrapped one is named even where the command cut
 * short would still run).
 * <p>
 * Each example of a top-level command runs in a fresh copy. The examples of the subcommands of one command
 * ({@code cycle import}, {@code cycle close}, ...) are steps of one job: they run in one copy, in the order help
 * lists the subcommands, as a user would run them, and each help text says which step it follows.
 */
class ExamplesIT {

    /** Options whose value is a file or folder the command writes. */
    private static final Set<String> WRITES = Set.of("--output", "--chart", "--db", "--prefix");

    @TempDir
    Path dir;

    /**
     * @param help a command's help as printed
     * @return each example under its "Example:" or "Examples:" heading: its lines joined where one ends with a
     *     backslash; a line that does not is the end of the command, as the shell reads it
     */
    static List<String> examples(List<String> help) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean in = false;
        for (String line : help) {
            String t = line.strip();
            if (t.equals("Example:") || t.equals("Examples:")) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (cur == null && (t.startsWith("wcf-finance ") || t.equals("wcf-finance"))) {
                cur = new StringBuilder();
            }
            if (cur != null) {
                boolean more = t.endsWith("\\");
                cur.append(more ? t.substring(0, t.length() - 1) : t).append(' ');
                if (!more) {
                    out.add(cur.toString().strip().replaceAll("\\s+", " "));
                    cur = null;
                }
            }
        }
        return out;
    }

    /**
     * @param footer a command's footer as written
     * @param help its help as printed
     * @return the example lines of the footer (a line that starts with wcf-finance, and each line after one that ends
     *     with a backslash) that the printed help does not show whole on one line: picocli wrapped them, and a paste
     *     would run the command cut short
     */
    static List<String> wrapped(String[] footer, List<String> help) {
        List<String> out = new ArrayList<>();
        boolean more = false;
        for (String raw : footer) {
            String line = raw.replace("%%", "%").stripTrailing();
            boolean example = more || line.strip().startsWith("wcf-finance ");
            if (example && help.stream().noneMatch(l -> l.stripTrailing().equals(line))) {
                out.add(line.strip());
            }
            more = example && line.endsWith("\\");
        }
        return out;
    }

    /** @return every command of the tool by its words ([] for the tool itself), a command before its subcommands */
    static Map<List<String>, CommandLine> tree() {
        Map<List<String>, CommandLine> out = new LinkedHashMap<>();
        add(List.of(), WcfFinance.commandLine(), out);
        return out;
    }

    private static void add(List<String> words, CommandLine cl, Map<List<String>, CommandLine> out) {
        out.put(words, cl);
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            List<String> sub = new ArrayList<>(words);
            sub.add(e.getKey());
            add(List.copyOf(sub), e.getValue(), out);
        }
    }

    /** @return whether the command is picocli's own (generate-completion), whose help the tool does not write */
    private static boolean picocliOwn(CommandLine cl) {
        return cl.getCommandSpec().userObject().getClass().getName().startsWith("picocli.");
    }

    @Test
    void everyCommandsAndSubcommandsHelpExampleRunsAsWrittenWithTheSampleFiles() throws Exception {
        Path launcher = Cli.jar().toAbsolutePath().resolveSibling("wcf-finance");
        assumeTrue(Files.isExecutable(launcher), "the launcher script is built beside the jar by mvn package");
        Path examples = Cli.jar().toAbsolutePath().getParent().getParent();
        Path project = dir.resolve("project");
        for (String folder : List.of("data", "scenarios", "notebooks", "dsg")) {
            copy(examples.resolve(folder), project.resolve("examples").resolve(folder));
        }
        Map<List<String>, CommandLine> tree = tree();
        assertThat(tree.keySet()).as("the tree has subcommands").anyMatch(w -> w.size() == 2);
        List<String> failures = new ArrayList<>();
        Map<List<String>, Path> groups = new LinkedHashMap<>();
        int n = 0;
        int commands = 0;
        for (var e : tree.entrySet()) {
            List<String> words = e.getKey();
            String name = String.join(" ", words).isEmpty() ? "wcf-finance" : String.join(" ", words);
            Run help = run(launcher, project, ("wcf-finance " + String.join(" ", words) + " --help").strip());
            assertThat(help.exit()).as("%s --help:%n%s", name, help.out()).isZero();
            List<String> found = examples(help.out().lines().toList());
            if (picocliOwn(e.getValue())) {
                continue;
            }
            commands++;
            if (found.isEmpty()) {
                failures.add(name + ": its --help shows no example");
            }
            for (String line : wrapped(e.getValue().getCommandSpec().usageMessage().footer(), help.out().lines().toList())) {
                failures.add(name + ": this example line is wrapped at 80 columns (end it with \\ and go on below): " + line);
            }
            for (String example : found) {
                Path work;
                if (words.size() >= 2) {
                    // a subcommand: one copy for the subcommands of its command, in the order help lists them
                    List<String> parent = words.subList(0, words.size() - 1);
                    work = groups.get(parent);
                    if (work == null) {
                        work = dir.resolve("run-" + n++);
                        copy(project, work);
                        groups.put(parent, work);
                    }
                } else {
                    work = dir.resolve("run-" + n++);
                    copy(project, work);
                }
                Run r = run(launcher, work, example);
                if (r.exit() != 0) {
                    failures.add(name + ": `" + example + "` exits " + r.exit() + ":\n" + r.out().strip());
                    continue;
                }
                List<String> w = words(example);
                for (int i = 0; i + 1 < w.size(); i++) {
                    if (WRITES.contains(w.get(i))) {
                        Path written = work.resolve(w.get(i + 1)).normalize();
                        if (!written.startsWith(work) || !nonEmpty(written)) {
                            failures.add(name + ": `" + example + "` does not write " + w.get(i + 1) + ":\n" + r.out().strip());
                        }
                    }
                }
            }
        }
        assertThat(failures).as("examples that do not run as written").isEmpty();
        assertThat(commands).as("commands whose examples ran").isGreaterThanOrEqualTo(HelpIT.commands().size() + 12);
    }

    /** What a shell run printed (stdout and stderr together) and returned. */
    record Run(int exit, String out) {
    }

    /**
     * Runs a command line with {@code sh}, the launcher's folder first on PATH and the working folder as the home
     * folder (HOME and Java's user.home), so that an example that installs for the user installs there.
     */
    private static Run run(Path launcher, Path work, String commandLine) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", commandLine).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("PATH", launcher.getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("HOME", work.toString());
        pb.environment().put("JAVA_OPTS", "-Duser.home=" + work);
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().remove("JUPYTER_DATA_DIR");
        pb.environment().remove("COLUMNS");
        Path out = Files.createTempFile(work.getParent(), "example", ".out");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "did not finish in 180 s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
        }
    }

    /** @return the words of a command line as {@code sh} splits it (single and double quotes; no expansions) */
    static List<String> words(String commandLine) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (char c : commandLine.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur = cur == null ? new StringBuilder() : cur;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append(c);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean nonEmpty(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                return s.findAny().isPresent();
            }
        }
        return Files.isRegularFile(p) && Files.size(p) > 0;
    }

    /** Copies a folder and everything in it. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
