package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's output, byte for byte: each command line in {@code golden/cases.txt} runs as a process from a folder
 * laid out as the project is, and what it printed (stdout, stderr, exit code) and every file it wrote must equal the
 * recorded {@code golden/NAME.txt}. This guards restructurings that must keep public behaviour: a change of output is
 * either a bug or a decision, and a decision re-records the file with {@code -Dgolden.update=true} (then the diff is
 * reviewed like code).
 *
 * <p>Text files are recorded as written (a byte-order mark as {@code <BOM>}). An XLSX file is recorded cell by cell
 * (sheet, cell, formula or value), since its zip bytes carry a creation time; a PNG by its size in pixels, since
 * anti-aliasing may differ between JDKs (the SVG forms of the same charts are recorded as text); any other file by its
 * length and SHA-256, but a database file ({@code .db}) only by its name, since its pages carry the times of writing. The work folder's path is recorded as {@code <work>}, JFreeSVG's clock-named clip paths by one name, and the running JDK's version (in {@code --version}) as
 * {@code Java <version>}.
 */
class GoldenOutputIT {

    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");

    /** JFreeSVG names its clip paths from the clock ({@code _822163292051clip-0}): recorded as {@code _<defs>clip-0}. */
    private static final java.util.regex.Pattern SVG_DEFS_KEY = java.util.regex.Pattern.compile("_\\d+clip-");

    @TempDir
    Path dir;

    /** One command line of {@code cases.txt}: {@code name | arguments as a shell would split them}. */
    record Case(String name, String line) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String raw : Files.readAllLines(GOLDEN.resolve("cases.txt"), StandardCharsets.UTF_8)) {
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int bar = t.indexOf('|');
            cases.add(new Case(t.substring(0, bar).strip(), t.substring(bar + 1).strip()));
        }
        return cases;
    }

    @Test
    void everyCommandWritesWhatItWroteBefore() throws Exception {
        Path examples = Cli.jar().toAbsolutePath().getParent().getParent();
        Path layout = dir.resolve("layout");
        for (String folder : List.of("data", "scenarios", "notebooks", "dsg")) {
            ExamplesIT.copy(examples.resolve(folder), layout.resolve("examples").resolve(folder));
        }
        boolean update = Boolean.getBoolean("golden.update");
        List<String> failures = new ArrayList<>();
        List<Case> cases = cases();
        for (Case c : cases) {
            Path work = Files.createDirectories(dir.resolve("run").resolve(c.name()));
            ExamplesIT.copy(layout.resolve("examples"), work.resolve("examples"));
            String actual = record(c, work);
            Path golden = GOLDEN.resolve(c.name() + ".txt");
            if (update) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else if (!Files.exists(golden)) {
                failures.add(c.name() + ": no golden file (run with -Dgolden.update=true to record it)");
            } else {
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(actual)) {
                    failures.add(c.name() + ": " + firstDifference(expected, actual));
                }
            }
        }
        assertThat(cases).as("cases").hasSizeGreaterThanOrEqualTo(40);
        assertThat(failures).as("commands whose output changed (re-record with -Dgolden.update=true if intended)").isEmpty();
    }

    /** Runs one case in its folder and renders everything it did as one text. */
    private static String record(Case c, Path work) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "\"$WCF_JAVA\" -jar \"$WCF_JAR\" " + c.line())
                .directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("WCF_JAVA", java);
        pb.environment().put("WCF_JAR", Cli.jar().toAbsolutePath().toString());
        pb.environment().put("TZ", "Europe/London");
        Path out = work.resolveSibling(c.name() + ".stdout");
        Path err = work.resolveSibling(c.name() + ".stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(c.line() + " did not finish in 180 s");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("$ wcf-finance ").append(c.line()).append('\n');
        sb.append("exit ").append(p.exitValue()).append('\n');
        sb.append("--- stdout\n").append(text(Files.readAllBytes(out)));
        sb.append("--- stderr\n").append(text(Files.readAllBytes(err)));
        List<Path> written;
        try (Stream<Path> files = Files.walk(work)) {
            written = files.filter(Files::isRegularFile).filter(f -> !work.relativize(f).startsWith("examples"))
                    .sorted().toList();
        }
        for (Path f : written) {
            String name = work.relativize(f).toString().replace('\\', '/');
            sb.append("--- file ").append(name).append('\n').append(render(f));
        }
        return SVG_DEFS_KEY.matcher(sb.toString().replace(work.toAbsolutePath().toString(), "<work>")
                .replace("Java " + System.getProperty("java.version"), "Java <version>")).replaceAll("_<defs>clip-");
    }

    private static String render(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes = Files.readAllBytes(f);
        if (name.endsWith(".xlsx")) {
            return cells(f);
        }
        if (name.endsWith(".png")) {
            BufferedImage img = ImageIO.read(f.toFile());
            return img == null ? "(not a PNG image)\n" : "png " + img.getWidth() + "x" + img.getHeight() + "\n";
        }
        if (name.endsWith(".db")) {
            return "(a database file: its pages carry times of writing; what it holds is recorded by the commands that read it)\n";
        }
        if (isText(name)) {
            return text(bytes);
        }
        try {
            return bytes.length + " bytes, sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    + "\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isText(String name) {
        for (String ending : List.of(".csv", ".txt", ".md", ".html", ".json", ".yaml", ".yml", ".svg", ".jsh", ".ipynb",
                ".sh")) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = "<BOM>" + s.substring(1);
        }
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n<no newline at end>\n";
    }

    /** An XLSX workbook as text: each sheet's name, then each non-blank cell's address and its formula or value. */
    private static String cells(Path f) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                sb.append("sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String v = switch (cell.getCellType()) {
                            case FORMULA -> "=" + cell.getCellFormula();
                            case NUMERIC -> org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue());
                            case STRING -> "'" + cell.getStringCellValue().replace("\n", "\\n") + "'";
                            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                            case BLANK -> null;
                            default -> cell.getCellType().toString();
                        };
                        if (v != null) {
                            sb.append("  ").append(cell.getAddress().formatAsString()).append(' ').append(v).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String cut(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    /** @return the first line where two texts part, both sides quoted */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected [" + cut(el) + "] but was [" + cut(al) + "]";
            }
        }
        return "same lines, different endings";
    }
}
