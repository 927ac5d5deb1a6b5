package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The s251 reader's rules that need no shared data: figures to the penny, and encodings never guessed silently. */
class S251ReaderRulesTest {

    @Test
    void aPlainFigureIsReadToThePennyAndAnythingElseIsRefused() {
        qt().forAll(longs().between(-999_999_999_999_99L, 999_999_999_999_99L)).checkAssert(p -> {
            BigDecimal pounds = BigDecimal.valueOf(p, 2);
            assertThat(S251File.pence(pounds.toPlainString())).isEqualTo(p);
            assertThat(S251File.pence(pounds.stripTrailingZeros().toPlainString())).isEqualTo(p);
        });
        assertThat(S251File.pence("152913676.9")).isEqualTo(15_291_367_690L);
        for (String bad : List.of("", "-", "1.", ".5", "1.234", "1,000", "£5", "1e3", "12 ", "--1", "0x10")) {
            assertThat(S251File.pence(bad)).as(bad).isEqualTo(Long.MIN_VALUE);
        }
    }

    @Test
    void aFileThatMixesUtf8AndCp1252IsRefusedNamingBothLines() {
        byte[] b = ("LA,x\n1,caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[b.length + 4];
        System.arraycopy(b, 0, mixed, 0, b.length);
        mixed[b.length] = '2';
        mixed[b.length + 1] = ',';
        mixed[b.length + 2] = (byte) 0x92;
        mixed[b.length + 3] = '\n';
        ReadResult<Optional<S251File.Contents>> r = S251File.read("m_1213.csv", mixed, Optional.empty());
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).singleElement().asString()
                .contains("m_1213.csv: the file mixes encodings: line 2 has UTF-8").contains("line 3 has a byte");
        byte[] undefined = {'L', 'A', '\n', (byte) 0x81, '\n'};
        assertThat(S251File.read("u.csv", undefined, Optional.empty()).problems()).singleElement().asString()
                .isEqualTo("u.csv, line 2: byte 0x81 is neither UTF-8 nor Windows-1252: the file's encoding is not known");
    }

}
