package org.shouhu.protection;

import java.util.ArrayList;
import java.util.List;

import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.ChildFile.CaregiverChecklist;

/**
 * Whether an entrusted caregiver (被委托人) may care for the child: 《中华人民共和国未成年人保护法》（2020 年修订）第二十二条.
 * <ul>
 * <li>第一款: the parents entrust 具有照护能力的完全民事行为能力人 — an adult (年满十八周岁, 民法典第十七、十八条) who is
 * able to care for the child (身体健康、有照护能力);</li>
 * <li>第二款: 不得确定下列人员为被委托人 — (一) 曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为; (二) 有吸毒、酗酒、赌博等
 * 恶习; (三) 曾拒不履行或者长期怠于履行监护、照护职责; (四) 其他不适宜担任被委托人的情形 ({@link CaregiverDisqualification}).</li>
 * </ul>
 * The checklist fails when the caregiver is not an adult, not capable, or has any disqualifying record; it is
 * incomplete while adult or capable is not checked (and nothing fails). Pure: no state, no clock.
 */
public final class CaregiverRules {

	/** The source every reason cites. */
	public static final String SOURCE = "《中华人民共和国未成年人保护法》第二十二条";

	private CaregiverRules() {
	}

	/** The outcome of a check. */
	public enum Verdict {

		/** No checklist entered. */
		NOT_CHECKED("尚未核查"),
		/** Nothing fails, but adult or capable is not answered yet. */
		INCOMPLETE("核查未完成"),
		PASSED("符合被委托人条件"),
		FAILED("不符合被委托人条件");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A verdict with the reasons it failed (or is incomplete), each citing the article. */
	public record Result(Verdict verdict, List<String> reasons) {

		public Result {
			reasons = List.copyOf(reasons);
		}

		public boolean failed() {
			return verdict == Verdict.FAILED;
		}
	}

	/** Checks {@code checklist} ({@code null}: not checked). */
	public static Result check(CaregiverChecklist checklist) {
		if (checklist == null || checklist.nothingEntered()) {
			return new Result(Verdict.NOT_CHECKED, List.of());
		}
		List<String> failures = new ArrayList<>();
		if (Boolean.FALSE.equals(checklist.adult())) {
			failures.add("未满十八周岁，不是完全民事行为能力人（" + SOURCE + "第一款）");
		}
		if (Boolean.FALSE.equals(checklist.capable())) {
			failures.add("不具有完全民事行为能力或照护能力（" + SOURCE + "第一款）");
		}
		for (CaregiverDisqualification d : checklist.disqualifications()) {
			failures.add(d.label() + "（《中华人民共和国未成年人保护法》" + d.article() + "）");
		}
		if (!failures.isEmpty()) {
			return new Result(Verdict.FAILED, failures);
		}
		List<String> open = new ArrayList<>();
		if (checklist.adult() == null) {
			open.add("尚未核实是否年满十八周岁");
		}
		if (checklist.capable() == null) {
			open.add("尚未核实是否具有照护能力");
		}
		return open.isEmpty() ? new Result(Verdict.PASSED, List.of()) : new Result(Verdict.INCOMPLETE, open);
	}
}
