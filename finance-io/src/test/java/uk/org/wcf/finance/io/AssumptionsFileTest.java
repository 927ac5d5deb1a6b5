package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.ContractVariation;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.time.FiscalYear;

/** Plan assumptions in YAML and JSON; problems at their line and column. */
class AssumptionsFileTest {

    private static ReadResult<AssumptionSet> yaml(String text) {
        return AssumptionsFile.read("a.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StructuredFormat.YAML);
    }

    @Test
    void readsEveryKindFromYaml() {
        AssumptionSet set = yaml("""
                schemaVersion: 1
                name: Test
                assumptions:
                  - type: staffing_inflation
                    name: Pay
                    rate: 2%
                    byYear: {2022/23: 3%}
                  - type: contract_variation
                    name: L&A
                    service: C
                    amount: 6,500
                    effective: 2020-06-01
                  - type: saving
                    name: S
                    service: B
                    amount: 100
                    year: 2021/22
                    status: planned
                  - type: investment
                    name: I
                    service: B
                    group: staffing
                    amount: 4100
                    year: 2021/22
                    months: 6
                  - {type: demand_growth, name: G, service: B, detail: placements, rate: 3%, from: 2021/22}
                  - {type: one_off_from_reserves, name: R, service: B, amount: 1100, year: 2021/22}
                  - {type: other_movement, name: O, service: A, amount: (2), year: 2021/22}
                  - {type: utilities_inflation, name: U, index: {2021/22: 5%}}
                  - {type: flat_cash_award, name: F, perFtePounds: 1000, fte: {A: 10}, years: [2021/22]}
                """).orThrow();
        assertThat(set.indicativeYears()).isEqualTo(2);
        assertThat(set.assumptions()).hasSize(9);
        StaffingInflation pay = (StaffingInflation) set.assumptions().get(0);
        assertThat(pay.rateFor(FiscalYear.of(2022), FiscalYear.of(2020))).isEqualTo(Rate.percent("3"));
        assertThat(pay.rateFor(FiscalYear.of(2021), FiscalYear.of(2020))).isEqualTo(Rate.percent("2"));
        assertThat(((ContractVariation) set.assumptions().get(1)).fullYear()).isEqualTo(Gbp.thousands(6500));
    }

    @Test
    void readsJson() {
        var r = AssumptionsFile.read("a.json", new ByteArrayInputStream("""
                {"schemaVersion": 1, "name": "J", "indicativeYears": 3, "unit": "pounds",
                 "assumptions": [{"type": "other_movement", "name": "O", "service": "A", "amount": "12.34", "year": "2021/22"}]}
                """.getBytes(StandardCharsets.UTF_8)), StructuredFormat.JSON).orThrow();
        assertThat(r.indicativeYears()).isEqualTo(3);
    }

    @Test
    void problemsPointAtTheValue() {
        var r = yaml("""
                schemaVersion: 2
                name: Bad
                assumptions:
                  - type: staffing_inflation
                    name: Pay
                    rate: two percent
                  - type: pay_rise
                    name: X
                  - type: saving
                    name: S
                    service: B
                    amount: 100
                    year: 2021/23
                    status: maybe
                    colour: red
                """);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "a.yaml, line 1, column 16 (schemaVersion): schemaVersion is 2; this version of wcf-finance reads 1",
                "a.yaml, line 6, column 11 (rate): rate is two percent: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)",
                "a.yaml, line 7, column 5 (type): type is 'pay_rise'; it is one of staffing_inflation, flat_cash_award, "
                        + "utilities_inflation, demand_growth, saving, investment, contract_variation, "
                        + "one_off_from_reserves, other_movement",
                "a.yaml, line 15, column 13 (colour): unknown key 'colour'; the keys here are "
                        + r.problems().get(3).message().substring(r.problems().get(3).message().indexOf("are ") + 4),
                "a.yaml, line 13, column 11 (year): financial year is '2021/23': the second year must follow the first, as in 2021/22",
                "a.yaml, line 14, column 13 (status): status is 'maybe': it is proposed, planned or deliverable");
    }

    @Test
    void malformedYamlIsReportedAtItsPlace() {
        var r = yaml("name: [unclosed\n");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).line()).isEqualTo(1);
        assertThat(r.problems().get(0).message()).startsWith("not valid YAML");
        assertThat(yaml("").problems()).extracting(Problem::toString).containsExactly("a.yaml: the file is empty");
    }
}
