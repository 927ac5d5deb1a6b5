package uk.org.wcf.finance.archfixture;

import java.util.List;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.tree.TreeNode;

/**
 * A deliberate offender, never used: a class outside finance-io's packages that reaches into its internal packages
 * and names an internal type in a public signature. The CLI's {@code ModuleLayersTest} runs its rules on this class
 * alone and requires both to report it, so a rule that checks nothing is caught. It lives in finance-io's test tree
 * because only code inside the module can compile against a package the module does not export; the test-jar
 * carries it to the CLI's tests, and the architecture tests that guard the real code leave test-jars out.
 */
public final class ReachesIntoIoInternals {
    private ReachesIntoIoInternals() {
    }

    /**
     * @param table a CSV table, an internal type
     * @return the table's header
     */
    public static List<String> header(CsvTable table) {
        return table.header();
    }

    /**
     * @param node a node of the internal YAML/JSON tree
     * @return the node itself, an internal type in a public signature
     */
    public static TreeNode same(TreeNode node) {
        return node;
    }
}
