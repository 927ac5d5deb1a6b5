package uk.org.wcf.finance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;

/** Codes and names of the structure are checked, and the standard groups and sources are found by code. */
class StructureTest {

    @Test
    void codesAndNamesAreChecked() {
        assertThatThrownBy(() -> Directorate.of("Social Care", "Social Care")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("directorate code is 'Social Care': a code is lower-case letters, digits and underscores, such as 'staffing'");
        assertThatThrownBy(() -> Directorate.of("sc", " ")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("directorate name is ' ': a name may not be blank");
        assertThat(Service.standalone("D", "  Home to School Transport ").directorate())
                .isEqualTo(Directorate.of("home_to_school_transport", "Home to School Transport"));
        assertThat(Service.standalone("Z", "!!!").directorate().code()).isEqualTo("unnamed");
        assertThat(Service.standalone("A", "Resources")).hasToString("A Resources");
        assertThat(Directorate.of("r", "Resources")).hasToString("Resources");
        assertThat(CostLine.of(Service.standalone("A", "Resources"), SubjectiveGroup.PREMISES, "utilities"))
                .hasToString("Resources / Premises / utilities").matches(CostLine::isUtilities);
        assertThat(CostLine.of(Service.standalone("A", "Resources"), SubjectiveGroup.PREMISES).isUtilities()).isFalse();
        assertThatThrownBy(() -> CostLine.of(Service.standalone("A", "R"), SubjectiveGroup.STAFFING, "Bad Detail"))
                .isInstanceOf(FinanceRuleException.class).hasMessageStartingWith("cost line detail code is 'Bad Detail'");
    }

    @Test
    void standardGroupsAndSourcesAreFoundByCode() {
        assertThat(SubjectiveGroup.standard("other_non_staffing")).isEqualTo(SubjectiveGroup.OTHER_NON_STAFFING);
        assertThat(SubjectiveGroup.standard("not_analysed")).isEqualTo(SubjectiveGroup.NOT_ANALYSED);
        assertThat(SubjectiveGroup.STAFFING.staffing()).isTrue();
        assertThat(SubjectiveGroup.PREMISES.staffing()).isFalse();
        assertThat(SubjectiveGroup.STAFFING).hasToString("Staffing");
        assertThat(SubjectiveGroup.of("agency", "Agency", true).staffing()).isTrue();
        assertThatThrownBy(() -> SubjectiveGroup.standard("salaries")).isInstanceOf(FinanceRuleException.class);
        assertThat(FundingSource.standard("htst_income")).isEqualTo(FundingSource.HTST_INCOME);
        assertThat(FundingSource.standard("funding_added_to_contract")).isEqualTo(FundingSource.NOT_ITEMISED);
        assertThat(FundingSource.of("lottery", "Lottery")).hasToString("Lottery");
        assertThatThrownBy(() -> FundingSource.standard("lottery")).isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("not a known funding source");
        assertThat(FundingSource.PUBLISHED).hasSize(8);
    }
}
