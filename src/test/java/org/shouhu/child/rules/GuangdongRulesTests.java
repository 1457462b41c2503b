package org.shouhu.child.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.shouhu.child.Category.DE_FACTO_UNSUPPORTED;
import static org.shouhu.child.Category.GUARDIANSHIP_DIFFICULTY;
import static org.shouhu.child.Category.LEFT_BEHIND;
import static org.shouhu.child.SituationType.DECEASED;
import static org.shouhu.child.SituationType.DEPORTED;
import static org.shouhu.child.SituationType.GUARDIANSHIP_REVOKED;
import static org.shouhu.child.SituationType.IMPRISONED;
import static org.shouhu.child.SituationType.OUT_MIGRANT;
import static org.shouhu.child.SituationType.SERIOUS_ILLNESS;
import static org.shouhu.child.rules.Facts.REFERENCE_DATE;
import static org.shouhu.child.rules.Facts.child;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.child.Category;
import org.shouhu.child.SituationType;

class GuangdongRulesTests {

	private final ClassificationRules guangdong = new GuangdongRules();

	private List<Category> categories(Facts facts) {
		return guangdong.classify(facts.build(), REFERENCE_DATE).stream().map(CategoryAssignment::category).toList();
	}

	@Test
	void deportedParentDoesNotMakeDeFactoUnsupportedInGuangdong() {
		Facts facts = child().father(DECEASED).mother(DEPORTED);

		assertThat(categories(facts)).isEmpty();
		assertThat(new NationalRules().classify(facts.build(), REFERENCE_DATE)).extracting(CategoryAssignment::category)
			.containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
	}

	@Test
	void revokedGuardianshipDoesNotMakeDeFactoUnsupportedInGuangdong() {
		assertThat(categories(child().father(GUARDIANSHIP_REVOKED).mother(GUARDIANSHIP_REVOKED))).isEmpty();
	}

	@Test
	void otherMembersOfSetSStillCountInGuangdong() {
		Facts facts = child().father(DEPORTED, SERIOUS_ILLNESS).mother(DECEASED);

		assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
		assertThat(guangdong.classify(facts.build(), REFERENCE_DATE).get(0).basis())
			.isEqualTo("父亲重病、母亲死亡，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		assertThat(categories(child().father(DECEASED).mother(IMPRISONED))).contains(DE_FACTO_UNSUPPORTED);
	}

	@Test
	void deportedParentStillCannotGuardForLeftBehind() {
		Facts facts = child().father(OUT_MIGRANT).mother(DEPORTED);

		assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
		assertThat(guangdong.classify(facts.build(), REFERENCE_DATE).get(0).basis())
			.startsWith("父亲外出务工、母亲被遣送（驱逐）出境（无监护能力），");
	}

	@Test
	void guangdongSetSIsTheNationalSetWithoutTheLastTwoMembers() {
		assertThat(GuangdongRules.SETTINGS.unsupportedSituations())
			.containsExactlyInAnyOrderElementsOf(RuleSettings.NATIONAL_S.stream()
				.filter(type -> type != GUARDIANSHIP_REVOKED && type != DEPORTED)
				.toList());
		assertThat(RuleSettings.national().unsupportedSituations()).hasSize(8);
	}

	@Test
	void setSCannotHoldSituationsOutsideTheNationalSet() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RuleSettings(java.util.Set.of(SituationType.OUT_MIGRANT)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RuleSettings(java.util.Set.of(DECEASED)));
	}
}
