package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Opens a workbook that came from outside (a budget book, a return from a budget holder) as untrusted input, and
 * reads its cells as values, never as formulas. Before any cell is read the package is checked, and each of these
 * is refused with one problem naming the workbook:
 * <ul>
 *   <li>a macro-enabled workbook ({@code .xlsm}, {@code .xltm}, or any package holding a VBA project or ActiveX
 *   control), an Excel 97-2003 {@code .xls} file and a binary {@code .xlsb} file;</li>
 *   <li>a link to another workbook (external link), a data connection and a query table: they are never
 *   followed;</li>
 *   <li>a zip bomb: POI's {@link ZipSecureFile} limits are set for every workbook this library opens (an entry may
 *   expand at most 100 times its packed size, and at most to 100 MiB; at most 1,000 entries; text at most 10 M
 *   characters), and a file that breaks them is refused;</li>
 *   <li>a file that is not a workbook at all.</li>
 * </ul>
 * Package-private: POI stays behind the module's API. A cell that holds a formula where a value belongs is refused
 * with its sheet and cell (see {@link #text}): its
 * cached value is not read and the formula is never evaluated.
 */
final class UntrustedXlsx implements AutoCloseable {

    /** An entry may expand at most 100 times (POI's default is 100: a ratio of 0.01). */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** 100 MiB unpacked for one entry: a budget book or a return is a few hundred KiB. */
    private static final long MAX_ENTRY_SIZE = 100L << 20;
    private static final long MAX_TEXT_SIZE = 10_000_000L;
    private static final long MAX_FILE_COUNT = 1_000L;

    private static final List<String> REFUSED_TYPES = List.of(
            "application/vnd.ms-excel.sheet.macroenabled.main+xml", "macro-enabled workbook",
            "application/vnd.ms-excel.template.macroenabled.main+xml", "macro-enabled template",
            "application/vnd.ms-office.vbaproject", "macro-enabled workbook (it holds a VBA project)",
            "application/vnd.ms-office.activex+xml", "workbook with ActiveX controls",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml",
            "workbook with a link to another workbook (an external link)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
            "workbook with a data connection",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml",
            "workbook with a query table");

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }

    private final String name;
    private final OPCPackage pkg;
    private final XSSFWorkbook workbook;

    private UntrustedXlsx(String name, OPCPackage pkg, XSSFWorkbook workbook) {
        this.name = name;
        this.pkg = pkg;
        this.workbook = workbook;
    }

    /**
     * Opens a workbook read-only after the checks above.
     *
     * @param path the file
     * @return the open workbook; close it (nothing is ever written back)
     * @throws InvalidInputException naming the workbook and why it is refused
     */
    public static UntrustedXlsx open(Path path) {
        String name = path.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            throw refused(name, "a macro-enabled workbook is refused; save it as an Excel workbook (.xlsx)");
        }
        if (lower.endsWith(".xls") || lower.endsWith(".xlsb")) {
            throw refused(name, "an Excel 97-2003 or binary workbook is not read; save it as an Excel workbook (.xlsx)");
        }
        if (Files.isDirectory(path)) {
            throw refused(name, "is a folder, not a file; give the file's name");
        }
        try (InputStream probe = InputFiles.open(path)) {
            // InputFiles names a missing or unreadable file the usual way
            probe.read();
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getMessage());
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
        } catch (InvalidFormatException
                | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException e) {
            throw refused(name, notAWorkbook(e));
        }
        try {
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType().toLowerCase(Locale.ROOT);
                for (int i = 0; i < REFUSED_TYPES.size(); i += 2) {
                    if (type.equals(REFUSED_TYPES.get(i))) {
                        throw refused(name, "a " + REFUSED_TYPES.get(i + 1) + " is refused (" + part.getPartName().getName()
                                + "); it is never opened or followed: save the figures as values in a plain .xlsx");
                    }
                }
            }
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

    private static String notAWorkbook(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("max file count") || m.contains("ZipSecureFile")) {
                return "refused: the workbook expands far beyond its size or holds too many parts (a zip bomb?); "
                        + "the limits are an entry at most 100 times its packed size and 100 MiB";
            }
        }
        return "is not an Excel workbook (.xlsx) that can be read: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
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
