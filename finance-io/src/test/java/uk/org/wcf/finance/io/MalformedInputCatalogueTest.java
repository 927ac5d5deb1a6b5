package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.org.wcf.finance.io.catalogue.MalformedInputs;

/**
 * A catalogue of malformed inputs, each with the exact problems reported: file, line, column and the rule broken.
 * (Run {@code MalformedInputs.main} to print what the readers say, when adding a case.)
 */
class MalformedInputCatalogueTest {

    static List<MalformedInputs.Case> cases() {
        return MalformedInputs.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedInputIsReportedAtItsCell(MalformedInputs.Case c) {
        List<String> problems = MalformedInputs.READERS.get(c.reader()).apply(c.input());
        assertThat(problems).as(c.name()).containsExactlyElementsOf(MalformedInputs.EXPECTED.get(c.name()));
    }

    @Test
    void theCatalogueHasAtLeast120CasesEachWithAnExpectation() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(cases()).allMatch(c -> MalformedInputs.EXPECTED.containsKey(c.name()) && !MalformedInputs.EXPECTED.get(c.name()).isEmpty());
    }
}
