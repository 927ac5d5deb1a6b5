package uk.org.wcf.finance.io;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.org.wcf.finance.io.catalogue.MalformedInputs;

/**
 * Coverage-guided fuzzing of every reader with Jazzer: any input gives a model or a list of problems, never an
 * unexpected exception, a hang or an out-of-memory. In the normal build each test replays its seed corpus
 * ({@code src/test/resources/.../ReadersFuzzTestInputs/<test>/}); to fuzz one reader for longer:
 * {@code JAZZER_FUZZ=1 mvn -B -pl finance-io test -Dtest='ReadersFuzzTest#ledger' -Djazzer.max_duration=10m}.
 */
class ReadersFuzzTest {

    private static void read(String reader, byte[] data) {
        MalformedInputs.READERS.get(reader).apply(data);
    }

    @FuzzTest(maxDuration = "60s")
    void budgetLines(byte[] data) {
        read("budget lines", data);
    }

    @FuzzTest(maxDuration = "60s")
    void budgetYears(byte[] data) {
        read("budget years", data);
    }

    @FuzzTest(maxDuration = "60s")
    void monitorRows(byte[] data) {
        read("monitor rows", data);
    }

    @FuzzTest(maxDuration = "60s")
    void ledger(byte[] data) {
        read("ledger", data);
    }

    @FuzzTest(maxDuration = "60s")
    void monthlyBudget(byte[] data) {
        read("monthly budget", data);
    }

    @FuzzTest(maxDuration = "60s")
    void reserves(byte[] data) {
        read("reserves", data);
    }

    // libFuzzer's dictionary syntax: a quote and a backslash are escaped, bytes written \xNN
    @DictionaryEntries({"1e999999999", "1e-3000000", "-1e99999", "%", "99999999999999999999", "0.00000000000000000001",
        "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "---\\x0A", "...\\x0A", "--- x\\x0A", "{}", "[]", "\\\"rate\\\": ",
        "rate: ", "amount: ", "period: ", "2019/20 P6", "P13", "\\x00", "\\x0D", "\\xEF\\xBB\\xBF"})
    @FuzzTest(maxDuration = "60s")
    void assumptionsYaml(byte[] data) {
        read("assumptions yaml", data);
    }

    // libFuzzer's dictionary syntax: a quote and a backslash are escaped, bytes written \xNN
    @DictionaryEntries({"1e999999999", "1e-3000000", "-1e99999", "%", "99999999999999999999", "0.00000000000000000001",
        "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "---\\x0A", "...\\x0A", "--- x\\x0A", "{}", "[]", "\\\"rate\\\": ",
        "rate: ", "amount: ", "period: ", "2019/20 P6", "P13", "\\x00", "\\x0D", "\\xEF\\xBB\\xBF"})
    @FuzzTest(maxDuration = "60s")
    void assumptionsJson(byte[] data) {
        read("assumptions json", data);
    }

    // libFuzzer's dictionary syntax: a quote and a backslash are escaped, bytes written \xNN
    @DictionaryEntries({"1e999999999", "1e-3000000", "-1e99999", "%", "99999999999999999999", "0.00000000000000000001",
        "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "---\\x0A", "...\\x0A", "--- x\\x0A", "{}", "[]", "\\\"rate\\\": ",
        "rate: ", "amount: ", "period: ", "2019/20 P6", "P13", "\\x00", "\\x0D", "\\xEF\\xBB\\xBF"})
    @FuzzTest(maxDuration = "60s")
    void snapshotYaml(byte[] data) {
        read("snapshot yaml", data);
    }

    // libFuzzer's dictionary syntax: a quote and a backslash are escaped, bytes written \xNN
    @DictionaryEntries({"1e999999999", "1e-3000000", "-1e99999", "%", "99999999999999999999", "0.00000000000000000001",
        "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "---\\x0A", "...\\x0A", "--- x\\x0A", "{}", "[]", "\\\"rate\\\": ",
        "rate: ", "amount: ", "period: ", "2019/20 P6", "P13", "\\x00", "\\x0D", "\\xEF\\xBB\\xBF"})
    @FuzzTest(maxDuration = "60s")
    void snapshotJson(byte[] data) {
        read("snapshot json", data);
    }

    @FuzzTest(maxDuration = "60s")
    void budgetBookYaml(byte[] data) {
        read("budget book yaml", data);
    }

    @FuzzTest(maxDuration = "60s")
    void reserveLedgerJson(byte[] data) {
        read("reserve ledger json", data);
    }

    @FuzzTest(maxDuration = "60s")
    void dsgPlanYaml(byte[] data) {
        read("dsg plan yaml", data);
    }
}
