package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.ChildFile.CaregiverChecklist;
import org.shouhu.protection.CaregiverRules.Verdict;

/** 未保法 Art 22: who may be the entrusted caregiver. */
class CaregiverRulesTests {

	@Test
	void aCapableAdultWithoutDisqualifyingRecordsPasses() {
		CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(true, true, List.of()));
		assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
		assertThat(result.failed()).isFalse();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void noChecklistIsNotCheckedAndDoesNotFail() {
		assertThat(CaregiverRules.check(null).verdict()).isEqualTo(Verdict.NOT_CHECKED);
		assertThat(CaregiverRules.check(new CaregiverChecklist(null, null, null)).verdict())
			.isEqualTo(Verdict.NOT_CHECKED);
	}

	@Test
	void aMinorFailsCitingTheFirstParagraph() {
		CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(false, true, List.of()));
		assertThat(result.failed()).isTrue();
		assertThat(result.reasons()).singleElement().asString().contains("未满十八周岁").contains("第二十二条第一款");
	}

	@Test
	void aCaregiverUnableToCareFails() {
		CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(true, false, List.of()));
		assertThat(result.failed()).isTrue();
		assertThat(result.reasons()).singleElement().asString().contains("照护能力");
	}

	@Test
	void everyDisqualifyingRecordFailsWithItsItemOfTheSecondParagraph() {
		for (CaregiverDisqualification d : CaregiverDisqualification.values()) {
			CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(true, true, List.of(d)));
			assertThat(result.failed()).as(d.name()).isTrue();
			assertThat(result.reasons()).singleElement().asString().contains(d.label()).contains("第二十二条第二款");
		}
		assertThat(CaregiverRules.check(new CaregiverChecklist(true, true,
				List.of(CaregiverDisqualification.DRUG_ADDICTION))).reasons().get(0)).contains("第二项");
		assertThat(CaregiverRules.check(new CaregiverChecklist(true, true,
				List.of(CaregiverDisqualification.EARLIER_NEGLECT))).reasons().get(0)).contains("第三项");
	}

	@Test
	void allFailuresAreListed() {
		CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(false, false,
				List.of(CaregiverDisqualification.ABUSE, CaregiverDisqualification.GAMBLING_ADDICTION)));
		assertThat(result.failed()).isTrue();
		assertThat(result.reasons()).hasSize(4);
	}

	@Test
	void aDisqualificationFailsEvenWhileAdultAndCapableAreUnchecked() {
		assertThat(CaregiverRules.check(new CaregiverChecklist(null, null,
				List.of(CaregiverDisqualification.TRAFFICKING))).verdict()).isEqualTo(Verdict.FAILED);
	}

	@Test
	void anUnansweredQuestionWithoutFailureIsIncomplete() {
		CaregiverRules.Result result = CaregiverRules.check(new CaregiverChecklist(true, null, List.of()));
		assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
		assertThat(result.failed()).isFalse();
		assertThat(result.reasons()).singleElement().asString().contains("照护能力");
	}

	@Test
	void duplicateCodesCountOnce() {
		assertThat(new CaregiverChecklist(true, true, List.of(CaregiverDisqualification.ABUSE,
				CaregiverDisqualification.ABUSE)).disqualifications()).hasSize(1);
	}
}
