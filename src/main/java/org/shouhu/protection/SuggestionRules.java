package org.shouhu.protection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.RiskLevel;

/**
 * When a visit or an assessment calls for a mandatory report, and which of the nine situations the prefilled report
 * names (issue 9 "From the visit to the report"). Pure rules; the director still chooses the situation on the form.
 * <p>
 * Sources: 《关于建立侵害未成年人案件强制报告制度的意见（试行）》(2020) 第四条 lists the situations that must be reported —
 * among them (五) 未成年人因遭受家庭暴力、虐待…等受到伤害或疑似受到伤害 (here {@value #VIOLENCE}), (七) 未成年人被遗弃或长期处于无人照料状态
 * ({@value #NEGLECT}) and (九) 其他严重侵害未成年人身心健康的情形 ({@value #OTHER}); 未保法 Art 11 obliges those who work with
 * children to report at once. The visit areas are those of DOMAIN.md §5; the assessment's red flags are those of
 * {@link org.shouhu.care.AssessmentForm} ({@value #VIOLENCE_FLAG}: violence; {@value #NO_CARE_FLAG}: nobody caring for
 * the child).
 */
public final class SuggestionRules {

	/** 第四条（五）: suffered or suspected to suffer violence, abuse or injury. */
	public static final String VIOLENCE = "SUSPECTED_VIOLENCE_INJURY";
	/** 第四条（七）: abandoned, or left without care for a long time. */
	public static final String NEGLECT = "ABANDONMENT_OR_NEGLECT";
	/** 第四条（九）: other serious harm to the child's body or mind. */
	public static final String OTHER = "OTHER_SERIOUS_HARM";

	/** The assessment item whose red flag is violence (儿童是否遭受或疑似遭受暴力伤害). */
	public static final String VIOLENCE_FLAG = "safety1";
	/** The assessment item whose red flag is that nobody cares for the child (无人照料，或独居且无人照护). */
	public static final String NO_CARE_FLAG = "guardianship1";

	private SuggestionRules() {
	}

	/**
	 * What a suggestion says: the situation to report and the areas (visit: {@code safety}, {@code psychology},
	 * {@code guardianship}) or red-flag item codes (assessment) behind it, most serious first.
	 */
	public record Suggested(String situation, List<String> reasons) {

		public Suggested {
			reasons = List.copyOf(reasons);
		}
	}

	/**
	 * A visit whose safety, psychology or guardianship finding is {@link Finding#SERIOUS}. The situation follows the
	 * most specific area: safety (on a visit, 人身安全: violence, abuse, injury) → {@value #VIOLENCE}; guardianship
	 * (nobody caring properly for the child) → {@value #NEGLECT}; psychology alone (self-harm, severe distress: no
	 * named situation of 第四条 fits) → {@value #OTHER}. Health and schooling alone suggest no report.
	 */
	public static Optional<Suggested> fromVisit(Findings findings) {
		if (findings == null) {
			return Optional.empty();
		}
		List<String> reasons = new ArrayList<>();
		if (findings.safety() == Finding.SERIOUS) {
			reasons.add("safety");
		}
		if (findings.guardianship() == Finding.SERIOUS) {
			reasons.add("guardianship");
		}
		if (findings.psychology() == Finding.SERIOUS) {
			reasons.add("psychology");
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		String situation = switch (reasons.get(0)) {
			case "safety" -> VIOLENCE;
			case "guardianship" -> NEGLECT;
			default -> OTHER;
		};
		return Optional.of(new Suggested(situation, reasons));
	}

	/**
	 * A {@link RiskLevel#HIGH} assessment whose red flags include violence ({@value #VIOLENCE_FLAG} →
	 * {@value #VIOLENCE}) or nobody caring for the child ({@value #NO_CARE_FLAG} → {@value #NEGLECT}); violence first
	 * when both. Other red flags (self-harm) and a high total alone call for close attention, not for a report.
	 */
	public static Optional<Suggested> fromAssessment(RiskLevel level, Collection<String> redFlags) {
		if (level != RiskLevel.HIGH || redFlags == null) {
			return Optional.empty();
		}
		List<String> reasons = new ArrayList<>();
		if (redFlags.contains(VIOLENCE_FLAG)) {
			reasons.add(VIOLENCE_FLAG);
		}
		if (redFlags.contains(NO_CARE_FLAG)) {
			reasons.add(NO_CARE_FLAG);
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Suggested(reasons.get(0).equals(VIOLENCE_FLAG) ? VIOLENCE : NEGLECT, reasons));
	}
}
