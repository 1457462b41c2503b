package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.care.Finding.CONCERN;
import static org.shouhu.care.Finding.NORMAL;
import static org.shouhu.care.Finding.SERIOUS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.Findings;
import org.shouhu.care.RiskLevel;
import org.shouhu.protection.SuggestionRules.Suggested;

/** Which findings call for a mandatory report, and which situation the prefilled report names. */
class SuggestionRulesTests {

	@Test
	void aSeriousSafetyFindingIsSuspectedViolenceWhateverElse() {
		assertThat(SuggestionRules.fromVisit(new Findings(SERIOUS, NORMAL, NORMAL, SERIOUS, SERIOUS)))
				.contains(new Suggested("SUSPECTED_VIOLENCE_INJURY", List.of("safety", "guardianship", "psychology")));
	}

	@Test
	void aSeriousGuardianshipFindingIsNeglectBeforePsychology() {
		assertThat(SuggestionRules.fromVisit(new Findings(CONCERN, NORMAL, NORMAL, SERIOUS, SERIOUS)))
				.contains(new Suggested("ABANDONMENT_OR_NEGLECT", List.of("guardianship", "psychology")));
	}

	@Test
	void psychologyAloneIsOtherSeriousHarm() {
		assertThat(SuggestionRules.fromVisit(new Findings(NORMAL, NORMAL, NORMAL, SERIOUS, CONCERN)))
				.contains(new Suggested("OTHER_SERIOUS_HARM", List.of("psychology")));
	}

	@Test
	void healthOrSchoolingSeriousOrConcernsAloneSuggestNothing() {
		assertThat(SuggestionRules.fromVisit(new Findings(CONCERN, SERIOUS, SERIOUS, CONCERN, CONCERN))).isEmpty();
		assertThat(SuggestionRules.fromVisit(null)).isEmpty();
	}

	@Test
	void aHighRiskAssessmentSuggestsAReportOnlyForViolenceOrNobodyCaring() {
		assertThat(SuggestionRules.fromAssessment(RiskLevel.HIGH, List.of("guardianship1")))
				.contains(new Suggested("ABANDONMENT_OR_NEGLECT", List.of("guardianship1")));
		assertThat(SuggestionRules.fromAssessment(RiskLevel.HIGH, List.of("guardianship1", "safety1")))
				.contains(new Suggested("SUSPECTED_VIOLENCE_INJURY", List.of("safety1", "guardianship1")));
		assertThat(SuggestionRules.fromAssessment(RiskLevel.HIGH, List.of("psychology3"))).isEmpty();
		assertThat(SuggestionRules.fromAssessment(RiskLevel.HIGH, List.of())).isEmpty();
		assertThat(SuggestionRules.fromAssessment(RiskLevel.MEDIUM, List.of("safety1"))).isEmpty();
	}

	@Test
	void theRedFlagItemsAreTheFormsViolenceAndNoCareItems() {
		assertThat(AssessmentForm.item(SuggestionRules.VIOLENCE_FLAG)).hasValueSatisfying(item -> {
			assertThat(item.hasRedFlag()).isTrue();
			assertThat(item.question()).contains("暴力");
		});
		assertThat(AssessmentForm.item(SuggestionRules.NO_CARE_FLAG)).hasValueSatisfying(item -> {
			assertThat(item.hasRedFlag()).isTrue();
			assertThat(item.options()).anySatisfy(o -> assertThat(o.label()).contains("无人照料"));
		});
	}
}
