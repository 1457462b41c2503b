package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentFormTests {

	/** Items that have no red-flag answer, in form order. */
	static final List<String> PLAIN = AssessmentForm.items().stream()
		.filter(i -> !i.hasRedFlag())
		.map(AssessmentItem::code)
		.toList();

	/** Every item answered 正常, then the given changes. */
	static Map<String, String> answers(Map<String, String> changes) {
		Map<String, String> answers = new LinkedHashMap<>();
		AssessmentForm.items().forEach(i -> answers.put(i.code(), "NORMAL"));
		answers.putAll(changes);
		return answers;
	}

	/** {@code serious} plain items answered 严重 and {@code concerns} further plain items answered 一般风险. */
	static Map<String, String> answers(int serious, int concerns) {
		Map<String, String> changes = new LinkedHashMap<>();
		for (int i = 0; i < serious; i++) {
			changes.put(PLAIN.get(i), "SERIOUS");
		}
		for (int i = serious; i < serious + concerns; i++) {
			changes.put(PLAIN.get(i), "CONCERN");
		}
		return answers(changes);
	}

	@Test
	void hasThreeItemsInEachOfTheSixAreasScoredZeroOneThree() {
		assertThat(AssessmentForm.items()).hasSize(18);
		for (AssessmentArea area : AssessmentArea.values()) {
			assertThat(AssessmentForm.items(area)).hasSize(3)
				.allSatisfy(item -> assertThat(item.code()).startsWith(area.prefix()));
		}
		assertThat(AssessmentForm.items()).allSatisfy(item -> {
			assertThat(item.options()).extracting(AssessmentOption::code).containsExactly("NORMAL", "CONCERN", "SERIOUS");
			assertThat(item.options()).extracting(AssessmentOption::score).containsExactly(0, 1, 3);
			assertThat(item.question()).isNotBlank();
		});
		assertThat(AssessmentForm.maxScore()).isEqualTo(54);
		assertThat(AssessmentForm.items()).filteredOn(AssessmentItem::hasRedFlag).extracting(AssessmentItem::code)
			.containsExactly("guardianship1", "safety1", "psychology3");
	}

	@Test
	void allNormalIsLowRisk() {
		AssessmentScore score = AssessmentForm.score(answers(Map.of()));
		assertThat(score.total()).isZero();
		assertThat(score.level()).isEqualTo(RiskLevel.LOW);
		assertThat(score.redFlags()).isEmpty();
	}

	@Test
	void threePointsAreStillLowAndFourAreMedium() {
		assertThat(AssessmentForm.score(answers(0, 3))).satisfies(s -> {
			assertThat(s.total()).isEqualTo(3);
			assertThat(s.level()).isEqualTo(RiskLevel.LOW);
		});
		assertThat(AssessmentForm.score(answers(1, 0)).level()).as("one serious finding alone").isEqualTo(RiskLevel.LOW);
		assertThat(AssessmentForm.score(answers(0, 4))).satisfies(s -> {
			assertThat(s.total()).isEqualTo(4);
			assertThat(s.level()).isEqualTo(RiskLevel.MEDIUM);
		});
		assertThat(AssessmentForm.score(answers(1, 1))).satisfies(s -> {
			assertThat(s.total()).isEqualTo(4);
			assertThat(s.level()).isEqualTo(RiskLevel.MEDIUM);
		});
	}

	@Test
	void ninePointsAreStillMediumAndTenAreHigh() {
		assertThat(AssessmentForm.score(answers(3, 0))).satisfies(s -> {
			assertThat(s.total()).isEqualTo(9);
			assertThat(s.level()).isEqualTo(RiskLevel.MEDIUM);
		});
		assertThat(AssessmentForm.score(answers(0, 9)).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(AssessmentForm.score(answers(3, 1))).satisfies(s -> {
			assertThat(s.total()).isEqualTo(10);
			assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
			assertThat(s.redFlags()).isEmpty();
		});
		assertThat(AssessmentForm.score(answers(0, 10)).level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void thresholdsAreTheOnesTheFormNames() {
		assertThat(AssessmentForm.level(AssessmentForm.MEDIUM_FROM - 1, false)).isEqualTo(RiskLevel.LOW);
		assertThat(AssessmentForm.level(AssessmentForm.MEDIUM_FROM, false)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(AssessmentForm.level(AssessmentForm.HIGH_FROM - 1, false)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(AssessmentForm.level(AssessmentForm.HIGH_FROM, false)).isEqualTo(RiskLevel.HIGH);
		assertThat(AssessmentForm.level(0, true)).isEqualTo(RiskLevel.HIGH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "guardianship1", "safety1", "psychology3" })
	void aRedFlagAloneMakesTheAssessmentHigh(String item) {
		AssessmentScore score = AssessmentForm.score(answers(Map.of(item, "SERIOUS")));
		assertThat(score.total()).isEqualTo(3);
		assertThat(score.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(score.redFlags()).containsExactly(item);
	}

	@ParameterizedTest
	@ValueSource(strings = { "guardianship1", "safety1", "psychology3" })
	void aConcernOnARedFlagItemIsNoRedFlag(String item) {
		AssessmentScore score = AssessmentForm.score(answers(Map.of(item, "CONCERN")));
		assertThat(score.level()).isEqualTo(RiskLevel.LOW);
		assertThat(score.redFlags()).isEmpty();
	}

	@Test
	void scoresEachArea() {
		AssessmentScore score = AssessmentForm.score(answers(Map.of("safety2", "SERIOUS", "safety3", "CONCERN",
				"living1", "CONCERN")));
		assertThat(score.byArea()).containsEntry(AssessmentArea.SAFETY, 4)
			.containsEntry(AssessmentArea.LIVING, 1)
			.containsEntry(AssessmentArea.GUARDIANSHIP, 0);
		assertThat(score.total()).isEqualTo(5);
		assertThat(AssessmentForm.maxScore(AssessmentArea.SAFETY)).isEqualTo(9);
	}

	@Test
	void refusesToScoreIncompleteOrUnknownAnswers() {
		Map<String, String> missing = answers(Map.of());
		missing.remove("health2");
		assertThatThrownBy(() -> AssessmentForm.score(missing)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AssessmentForm.score(answers(Map.of("health2", "BAD"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AssessmentForm.score(answers(Map.of("health9", "NORMAL"))))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
