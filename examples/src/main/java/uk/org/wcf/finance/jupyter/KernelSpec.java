package uk.org.wcf.finance.jupyter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.notebook.NotebookSource;

/**
 * The kernelspec Jupyter finds the kernel by: {@code kernels/wcf-finance/kernel.json}, naming the JVM and the
 * jar, listed as "wcf-finance (Java)".
 *
 * @param java the {@code java} executable that runs the kernel
 * @param jar the wcf-finance jar
 * @param jvmOptions options for that JVM (before the class path)
 */
public record KernelSpec(Path java, Path jar, List<String> jvmOptions) {

    /**
     * The JVM options the kernel starts with: headless charts, and a small fast-starting heap set-up (the serial
     * collector; a notebook is one user's session).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * @param java not null, absolute
     * @param jar not null, absolute
     * @param jvmOptions not null
     */
    public KernelSpec {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(jar, "jar");
        if (!java.isAbsolute() || !jar.isAbsolute()) {
            throw new IllegalArgumentException("the kernelspec names the JVM and the jar by absolute paths: " + java + ", " + jar);
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** @return the command Jupyter runs, {@code {connection_file}} standing for the connection file */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(jvmOptions);
        argv.addAll(List.of("-cp", jar.toString(), WcfKernel.class.getName(), "{connection_file}"));
        return argv;
    }

    /**
     * The command of a training run that records the classes the kernel loads in a class-data sharing archive
     * ({@code -XX:ArchiveClassesAtExit}); a kernel started with {@link #withArchive} maps them in rather than
     * loading and verifying them again, which makes its first result come sooner.
     *
     * @param archive the archive to write
     * @return the command
     */
    public List<String> trainingCommand(Path archive) {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(jvmOptions);
        argv.add("-XX:ArchiveClassesAtExit=" + archive);
        argv.addAll(List.of("-cp", jar.toString(), WcfKernel.class.getName(), WcfKernel.TRAIN));
        return argv;
    }

    /**
     * @param archive a class-data sharing archive made by {@link #trainingCommand}
     * @return this kernelspec starting from the archive (a JVM that finds it out of date ignores it and says so)
     */
    public KernelSpec withArchive(Path archive) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:SharedArchiveFile=" + archive);
        return new KernelSpec(java, jar, options);
    }

    /** @return kernel.json */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode argv = root.putArray("argv");
        argv().forEach(argv::add);
        root.put("display_name", NotebookSource.KERNEL_DISPLAY_NAME);
        root.put("language", "java");
        root.put("interrupt_mode", "message");
        root.putObject("env");
        root.putObject("metadata").put("debugger", false);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kernelspec of text always writes", e);
        }
    }

    /**
     * Reads a kernel.json this class wrote.
     *
     * @param json the file's text
     * @param name the file's name, for messages
     * @return the kernelspec
     */
    public static KernelSpec parse(String json, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> argv = new ArrayList<>();
        root.path("argv").forEach(a -> argv.add(a.asText()));
        int cp = argv.indexOf("-cp");
        if (argv.size() < 5 || cp < 1 || cp + 3 >= argv.size() || !argv.get(cp + 2).equals(WcfKernel.class.getName())) {
            throw new IllegalArgumentException(name + ": not a wcf-finance kernelspec (argv: java, options, -cp JAR, "
                    + WcfKernel.class.getName() + ", {connection_file})");
        }
        return new KernelSpec(Path.of(argv.get(0)), Path.of(argv.get(cp + 1)), argv.subList(1, cp));
    }

    /**
     * Writes {@code kernels/wcf-finance/kernel.json} under a Jupyter data folder (atomically; an existing
     * kernelspec of that name is replaced).
     *
     * @param dataDir the Jupyter data folder ({@code share/jupyter} of a prefix, or the user's)
     * @return the kernel.json written
     * @throws IOException when it cannot be written
     */
    public Path install(Path dataDir) throws IOException {
        Path file = directory(dataDir).resolve("kernel.json");
        AtomicFiles.writeString(file, json());
        return file;
    }

    /**
     * @param dataDir a Jupyter data folder
     * @return the kernel's folder in it, {@code kernels/wcf-finance}, made if missing
     * @throws IOException when it cannot be made
     */
    public static Path directory(Path dataDir) throws IOException {
        return Files.createDirectories(dataDir.resolve("kernels").resolve(NotebookSource.KERNEL_NAME));
    }

    /**
     * The Jupyter data folder for one user, as Jupyter finds it: {@code JUPYTER_DATA_DIR} when set, else
     * {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows, and
     * {@code $XDG_DATA_HOME/jupyter} (default {@code ~/.local/share/jupyter}) elsewhere.
     *
     * @param env the environment
     * @param home the user's home folder
     * @param os the operating system's name
     * @return the folder
     */
    public static Path userDataDir(Map<String, String> env, Path home, String os) {
        String o = os.toLowerCase(Locale.ROOT);
        if (notBlank(env.get("JUPYTER_DATA_DIR"))) {
            return Path.of(env.get("JUPYTER_DATA_DIR"));
        }
        if (o.contains("mac") || o.contains("darwin")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (o.contains("windows")) {
            return notBlank(env.get("APPDATA")) ? Path.of(env.get("APPDATA"), "jupyter") : home.resolve("AppData/Roaming/jupyter");
        }
        return notBlank(env.get("XDG_DATA_HOME")) ? Path.of(env.get("XDG_DATA_HOME"), "jupyter")
                : home.resolve(".local").resolve("share").resolve("jupyter");
    }

    /**
     * The system-wide Jupyter data folder: {@code %PROGRAMDATA%\jupyter} on Windows, {@code /usr/local/share/jupyter}
     * elsewhere.
     *
     * @param env the environment
     * @param os the operating system's name
     * @return the folder
     */
    public static Path systemDataDir(Map<String, String> env, String os) {
        if (os.toLowerCase(Locale.ROOT).contains("windows") && notBlank(env.get("PROGRAMDATA"))) {
            return Path.of(env.get("PROGRAMDATA"), "jupyter");
        }
        return Path.of("/usr/local/share/jupyter");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
