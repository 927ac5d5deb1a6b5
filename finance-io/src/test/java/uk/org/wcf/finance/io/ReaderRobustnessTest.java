package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.io.catalogue.MalformedInputs;

/**
 * Every reader, given damaged input (valid files with bytes flipped, inserted, deleted or cut short, and plain
 * random bytes), answers with a model or a list of problems: never an unexpected exception.
 */
class ReaderRobustnessTest {

    private static final Map<String, String> SAMPLES = Map.of(
            "budget lines", MalformedInputs.LINES + "2020/21,expenditure,A,\"Resources, HQ\",R,staffing,\"2,750\"\n2020/21,pass_through,nhs_income,NHS,,,5\n",
            "monitor rows", MalformedInputs.ROWS + "High Needs,43442,52431,975\n\"A, B\",1,2,(3)\n",
            "ledger", MalformedInputs.GL + "2020-04-01,cc1,E1,1.00\n2020-05-31,\"cc,2\",E2,\"(1,234.56)\"\n",
            "monthly budget", "cost_centre,month,budget\ncc1,2020-04-01,100.00\ncc2,2020-05-01,\"1,000\"\n",
            "reserves", MalformedInputs.RESERVES + "2020/21,P,opening,,10,,,,\n2020/21,P,drawdown,x,1,change_request,CR-1,2020-06-01,yes\n",
            "assumptions yaml", "schemaVersion: 1\nname: X\nassumptions:\n  - {type: staffing_inflation, name: P, rate: 2%}\n  - {type: saving, name: S, service: B, amount: 5, year: 2021/22}\n",
            "assumptions json", "{\"schemaVersion\": 1, \"name\": \"X\", \"assumptions\": [{\"type\": \"other_movement\", \"name\": \"O\", \"service\": \"A\", \"amount\": \"1\", \"year\": \"2021/22\"}]}",
            "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: dsg\nlines:\n  - {line: X, group: schools, netBudget: 1, forecast: 2, adjustments: [{kind: carry_forward, name: c, amount: -1}]}\ngrant: {line: G, netBudget: -1, forecast: -1}\n",
            "budget book yaml", "schemaVersion: 1\nyear: 2020/21\nservices:\n  - {ref: A, name: R}\nlines:\n  - {service: A, group: staffing, amount: 1}\n",
            "reserve ledger json", "{\"schemaVersion\": 1, \"year\": \"2020/21\", \"reserves\": [{\"name\": \"P\", \"opening\": \"10\", \"movements\": []}]}");

    /** Damages a sample: each step flips, inserts or deletes a byte, or cuts the file short. */
    private static Gen<byte[]> damaged(byte[] sample) {
        return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 8).map(ops -> {
            List<Byte> b = new ArrayList<>();
            for (byte x : sample) {
                b.add(x);
            }
            for (int op : ops) {
                int at = b.isEmpty() ? 0 : op % b.size();
                switch (op % 5) {
                    case 0 -> { if (!b.isEmpty()) { b.set(at, (byte) (op >>> 8)); } }
                    case 1 -> b.add(at, (byte) (op >>> 8));
                    case 2 -> { if (!b.isEmpty()) { b.remove(at); } }
                    case 3 -> b.subList(at, b.size()).clear();
                    default -> b.add(at, "\",\n#'(£-".getBytes(StandardCharsets.UTF_8)[(op >>> 8) % 8]);
                }
            }
            byte[] out = new byte[b.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.get(i);
            }
            return out;
        });
    }

    @Test
    void damagedInputGivesAModelOrProblemsNeverAnException() {
        for (var e : SAMPLES.entrySet()) {
            Function<byte[], List<String>> reader = MalformedInputs.READERS.get(e.getKey());
            byte[] sample = e.getValue().getBytes(StandardCharsets.UTF_8);
            assertThat(reader.apply(sample)).as(e.getKey() + " reads its clean sample").isEmpty();
            qt().withExamples(300).forAll(damaged(sample)).checkAssert(bytes -> assertThat(reader.apply(bytes)).isNotNull());
        }
    }

    @Test
    void randomBytesGiveProblemsNeverAnException() {
        for (var e : MalformedInputs.READERS.entrySet()) {
            qt().withExamples(200).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300)).checkAssert(ints -> {
                byte[] b = new byte[ints.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (int) ints.get(i);
                }
                assertThat(e.getValue().apply(b)).as(e.getKey()).isNotNull();
            });
        }
    }
}
