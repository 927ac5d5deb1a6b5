package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.money.FinanceRuleException;

// Over 400 lines: one job, the checks on an untrusted workbook before POI parses it (size, the ZIP's
// directory, each part's expansion, content types, relationships) and the cell reads that refuse formulas; the
// checks share one pass over the ZIP and one set of limits.
/**
 * Opens a workbook that came from outside (a budget book, a return from a budget holder) as untrusted input, and
 * reads its cells as values, never as formulas. It is the one place the library opens such a workbook: budget books
 * ({@link BudgetBookXlsx}) and budget holders' forecast returns ({@link ForecastPackWorkbook}) both come through it.
 * Before POI parses anything, each of these is refused with one problem naming the workbook, and the part where
 * there is one, and saying what to do:
 * <ul>
 *   <li>by its name: a macro-enabled workbook ({@code .xlsm}, {@code .xltm}), an Excel 97-2003 {@code .xls} file and
 *   a binary {@code .xlsb} file; a file larger than the {@link Limits}' file size;</li>
 *   <li>from the ZIP's directory, before any part is expanded: a file that is not a ZIP archive; more than
 *   {@value #MAX_PARTS} parts; a macro project ({@code vbaProject.bin}) or any other binary part (ActiveX, embedded
 *   objects; only the printer settings Excel saves, {@code xl/printerSettings/*.bin}, are let through, as they are
 *   never read); an external link ({@code xl/externalLinks/}), a data connection ({@code xl/connections.xml}), a
 *   query table or a data model; a part whose declared expanded size is past the limits;</li>
 *   <li>by reading every part once with {@code java.util.zip} and counting the bytes it expands to, stopping at the
 *   limit (the guard against a ZIP directory that lies about sizes): a part that expands past the {@link Limits}' part
 *   size, parts that together expand past the total size, or a part of more than {@value #GRACE_BYTES} bytes that
 *   expands more than {@value #MAX_INFLATE} times its packed size (a zip bomb);</li>
 *   <li>from the package's content types and relationships: a macro-enabled content type, a VBA project, ActiveX
 *   controls, an external link, a data connection or a query table, however the part is named, and every
 *   relationship whose target is outside the workbook ({@code TargetMode="External"}, hyperlinks included): none is
 *   ever followed;</li>
 *   <li>a file that is not a workbook at all.</li>
 * </ul>
 * POI's global {@code ZipSecureFile} settings are never changed: they are shared by every user of POI in the same
 * process (a service that embeds this library may have set its own), and changing them is not thread-safe. The
 * counting read above enforces this class's limits by itself, per call; POI's own limits, whatever the embedding
 * process has set, stay in force beside it, and a workbook POI refuses as a zip bomb is refused here as one.
 * Package-private: POI stays behind the module's API. A cell that holds a formula where a value belongs is refused
 * with its sheet and cell (see {@link #text}): its cached value is not read and the formula is never evaluated.
 */
final class UntrustedXlsx implements AutoCloseable {

    /** At most this many parts (POI's default too): a budget book or a return has a few dozen. */
    static final int MAX_PARTS = 1000;
    /** A part may expand at most this many times its packed size (POI's default ratio, 0.01). */
    static final long MAX_INFLATE = 100;
    /** Parts up to this size expanded are not held to the ratio (as POI's grace size): small XML packs very well. */
    static final long GRACE_BYTES = 100L * 1024;

    /**
     * The size limits of one kind of workbook.
     *
     * @param maxFileBytes the largest file read
     * @param maxPartBytes the largest a part may expand to
     * @param maxTotalBytes the largest all parts together may expand to
     */
    record Limits(long maxFileBytes, long maxPartBytes, long maxTotalBytes) {
        /** A budget book: at most 100 MiB a file and a part, 200 MiB expanded in all (a book is a few hundred KiB). */
        static final Limits BOOK = new Limits(100L << 20, 100L << 20, 200L << 20);
    }

    private static final List<String> REFUSED_TYPES = List.of(
            "application/vnd.ms-excel.sheet.macroenabled.main+xml", "a macro-enabled workbook",
            "application/vnd.ms-excel.template.macroenabled.main+xml", "a macro-enabled template",
            "application/vnd.ms-office.vbaproject", "a macro project (VBA)",
            "application/vnd.ms-office.activex+xml", "an ActiveX control",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml",
            "an external link (a link to another workbook)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
            "a data connection",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml",
            "a query table");

    private static final String AS_VALUES = "save the workbook as a plain Excel workbook (.xlsx) with the figures typed"
            + " in as values";

    private final String name;
    private final OPCPackage pkg;
    private final XSSFWorkbook workbook;

    private UntrustedXlsx(String name, OPCPackage pkg, XSSFWorkbook workbook) {
        this.name = name;
        this.pkg = pkg;
        this.workbook = workbook;
    }

    /**
     * Opens a budget book read-only after the checks above, named by its path, with the {@link Limits#BOOK} limits.
     *
     * @param path the file
     * @return the open workbook; close it (nothing is ever written back)
     * @throws InvalidInputException naming the workbook (and part) and why it is refused
     */
    public static UntrustedXlsx open(Path path) {
        return open(path, path.toString(), Limits.BOOK);
    }

    /**
     * Opens a workbook read-only after the checks above.
     *
     * @param path the file
     * @param name the workbook's name in problems (such as the path as the user gave it)
     * @param limits the size limits
     * @return the open workbook; close it (nothing is ever written back)
     * @throws InvalidInputException naming the workbook (and part) and why it is refused
     */
    public static UntrustedXlsx open(Path path, String name, Limits limits) {
        String lower = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            throw refused(name, "a macro-enabled workbook is refused; save it as an Excel workbook (.xlsx)");
        }
        if (lower.endsWith(".xls") || lower.endsWith(".xlsb")) {
            throw refused(name, "an Excel 97-2003 or binary workbook is not read; save it as an Excel workbook (.xlsx)");
        }
        if (Files.isDirectory(path)) {
            throw refused(name, "is a folder, not a file; give the file's name");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw refused(name, "no such file");
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getMessage());
        }
        if (!Files.isReadable(path)) {
            throw refused(name, "permission denied: this user may not read it");
        }
        if (size > limits.maxFileBytes()) {
            throw refused(name, "is " + size + " bytes; a workbook read here is at most " + limits.maxFileBytes()
                    + " bytes: save a smaller workbook with only the sheets asked for");
        }
        scanZip(path, name, limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException
                | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException e) {
            throw refused(name, notAWorkbook(e));
        }
        try {
            scanParts(pkg, name);
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            return new UntrustedXlsx(name, pkg, wb);
        } catch (InvalidInputException e) {
            pkg.revert();
            throw e;
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            pkg.revert();
            throw refused(name, notAWorkbook(e));
        }
    }

    /** The ZIP's directory, then a bounded, counting read of every part: nothing is parsed. */
    private static void scanZip(Path path, String name, Limits limits) {
        try (ZipFile z = new ZipFile(path.toFile())) {
            if (z.size() > MAX_PARTS) {
                throw refused(name, "has " + z.size() + " parts; a workbook read here has at most " + MAX_PARTS
                        + " (a budget book or a return has a few dozen): " + AS_VALUES);
            }
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                entries.add(e);
                String part = e.getName().toLowerCase(Locale.ROOT);
                String where = name + ", part " + e.getName();
                if (part.contains("vbaproject")) {
                    throw refused(where, "a macro project (VBA) is refused; it is never opened or run: " + AS_VALUES
                            + ", without macros");
                }
                if (part.endsWith(".bin") && !(part.startsWith("xl/printersettings/"))) {
                    throw refused(where, "a binary part (a macro project, an ActiveX control or an embedded object) is"
                            + " refused; it is never opened: " + AS_VALUES + ", without macros or embedded objects");
                }
                if (part.startsWith("xl/externallinks/")) {
                    throw refused(where, "an external link is refused (it is never followed): type the figures in,"
                            + " do not link them to another workbook");
                }
                if (part.equals("xl/connections.xml") || part.startsWith("xl/querytables/") || part.startsWith("xl/model/")) {
                    throw refused(where, "a data connection is refused (it is never refreshed): type the figures in"
                            + " as values");
                }
                if (e.getSize() > limits.maxPartBytes()) {
                    throw refused(where, "declares that it expands to " + e.getSize() + " bytes; a part is at most "
                            + limits.maxPartBytes() + " bytes (a zip bomb?): it is not opened; " + AS_VALUES);
                }
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e : entries) {
                String where = name + ", part " + e.getName();
                long n = 0;
                long cap = Math.min(limits.maxPartBytes(), limits.maxTotalBytes() - total);
                try (InputStream in = z.getInputStream(e)) {
                    for (int r; (r = in.read(buffer)) > 0;) {
                        n += r;
                        if (n > cap) {
                            throw refused(where, n > limits.maxPartBytes()
                                    ? "expands past " + limits.maxPartBytes() + " bytes, the most a part may (a zip bomb?):"
                                            + " it is not opened; " + AS_VALUES
                                    : "the parts expand past " + limits.maxTotalBytes() + " bytes in all, the most a"
                                            + " workbook may (a zip bomb?): it is not opened; " + AS_VALUES);
                        }
                    }
                }
                long packed = Math.max(e.getCompressedSize(), 1);
                if (n > GRACE_BYTES && n > packed * MAX_INFLATE) {
                    throw refused(where, "expands from " + e.getCompressedSize() + " to " + n + " bytes, more than "
                            + MAX_INFLATE + " times its packed size (a zip bomb?): it is not opened; " + AS_VALUES);
                }
                total += n;
            }
        } catch (ZipException e) {
            throw refused(name, "is not an Excel workbook (.xlsx) that can be read: not a ZIP archive; save it as an"
                    + " Excel workbook (.xlsx)");
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Refuses macro-enabled and linked content by type, and every relationship to outside the workbook. */
    private static void scanParts(OPCPackage pkg, String name) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            // named as in the ZIP's directory, without the package's leading slash
            String where = name + ", part " + part.getPartName().getName().replaceFirst("^/", "");
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            for (int i = 0; i < REFUSED_TYPES.size(); i += 2) {
                if (type.equals(REFUSED_TYPES.get(i))) {
                    throw refused(where, REFUSED_TYPES.get(i + 1) + " is refused (content type " + part.getContentType()
                            + "); it is never opened or followed: " + AS_VALUES);
                }
            }
            if (type.contains("macroenabled") || type.contains("vbaproject")) {
                throw refused(where, "a macro-enabled workbook is refused (content type " + part.getContentType()
                        + "); it is never opened or run: " + AS_VALUES + ", without macros");
            }
            if (part.isRelationshipPart()) {
                continue;
            }
            for (PackageRelationship rel : part.getRelationships()) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                    throw refused(where, "a link to outside the workbook (" + AmountSyntax.shorten(String.valueOf(
                            rel.getTargetURI())) + ") is refused; it is never followed: remove the link and type the"
                            + " figures in as values");
                }
            }
        }
    }

    private static String notAWorkbook(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("max file count") || m.contains("ZipSecureFile")) {
                return "refused: the workbook expands far beyond its size or holds too many parts (a zip bomb?): "
                        + "it is not opened; " + AS_VALUES;
            }
        }
        return "is not an Excel workbook (.xlsx) that can be read: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "; save it as an Excel workbook (.xlsx)";
    }

    private static InvalidInputException refused(String name, String message) {
        return new InvalidInputException(Problem.ofFile(name, message));
    }

    /** @return the workbook's name as the user gave it */
    public String name() {
        return name;
    }

    /** @return the workbook, to be read only */
    public XSSFWorkbook workbook() {
        return workbook;
    }

    /**
     * The problem at a cell.
     *
     * @param cell the cell
     * @param message what is wrong
     * @return the problem, naming workbook, sheet and cell
     */
    public Problem problem(Cell cell, String message) {
        return Problem.ofWorkbook(name, cell.getSheet().getSheetName(), new CellReference(cell).formatAsString(false),
                message);
    }

    /**
     * The problem at a cell that may not exist.
     *
     * @param sheet the sheet's name
     * @param row 0-based
     * @param column 0-based
     * @param message what is wrong
     * @return the problem
     */
    public Problem problem(String sheet, int row, int column, String message) {
        return Problem.ofWorkbook(name, sheet, new CellReference(row, column).formatAsString(false), message);
    }

    /**
     * A cell as text: a text cell stripped, a number in its plain decimal form (as Excel stores it: 1234.5 is
     * {@code 1234.5}), a date as {@code 2021-04-01}, an empty or missing cell as empty.
     *
     * @param cell the cell or null
     * @return the text
     * @throws InvalidInputException for a formula, an error value or a true/false cell, naming the cell
     */
    public String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case BLANK -> "";
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell).toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case FORMULA -> throw new InvalidInputException(problem(cell, "holds a formula (=" + shorten(cell.getCellFormula())
                    + "); formulas are not evaluated and their saved results are not read: type the value"));
            case BOOLEAN -> throw new InvalidInputException(problem(cell, "holds " + cell.getBooleanCellValue()
                    + "; a value or text belongs here"));
            default -> throw new InvalidInputException(problem(cell, "holds an error value; a value or text belongs here"));
        };
    }

    /**
     * A cell as a date, when it is a date cell.
     *
     * @param cell the cell or null
     * @return the date, or empty for any other cell
     */
    public Optional<LocalDate> dateValue(Cell cell) {
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(date(cell));
        }
        return Optional.empty();
    }

    private static LocalDate date(Cell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /**
     * A cell as an amount, in the library's one amount grammar ({@link Amounts}): a number cell, or text such as
     * {@code 1,234.56} or {@code (975)}.
     *
     * @param cell the cell, not empty
     * @param unit the unit the workbook declares
     * @return the amount in pounds
     * @throws InvalidInputException naming the cell: a formula, a date, or text that is not an amount
     */
    public Money amount(Cell cell, Amounts.Unit unit) {
        if (cell != null && dateValue(cell).isPresent()) {
            throw new InvalidInputException(problem(cell, "holds a date (" + date(cell) + "); an amount belongs here"));
        }
        String t = text(cell);
        try {
            return Amounts.parse(t, unit);
        } catch (FinanceRuleException e) {
            String rule = e.rule();
            throw new InvalidInputException(problem(cell, "'" + AmountSyntax.shorten(t) + "' "
                    + (rule.startsWith("has") ? "" : "is ") + rule));
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Closes the workbook without writing anything back. */
    @Override
    public void close() {
        pkg.revert();
    }
}
