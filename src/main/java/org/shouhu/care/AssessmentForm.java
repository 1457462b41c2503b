package org.shouhu.care;

import static org.shouhu.care.Finding.CONCERN;
import static org.shouhu.care.Finding.NORMAL;
import static org.shouhu.care.Finding.SERIOUS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk assessment form (风险评估表), version {@value #VERSION}: eighteen items, three in each
 * {@link AssessmentArea}, each answered 正常 (0 points), 一般风险 (1) or 严重 (3). Every scoring rule lives here.
 * <p>
 * Basis. No national standard prescribes a scoring scale for left-behind and children in difficulty, so the scale and
 * thresholds are a local default, kept in this one class: the areas are those a visit records (DOMAIN.md §5, seed 004
 * item 8) plus living conditions from the 2016 national registration form; item 3 of 监护照料 follows seed 004 item 5
 * (照护人缺乏照护能力或怠于履行照护职责). A 严重 answer weighs three times a 一般风险 one, so that
 * <ul>
 * <li>{@value #MEDIUM_FROM} points or more is {@link RiskLevel#MEDIUM}: one serious finding plus one concern, or four
 * concerns;</li>
 * <li>{@value #HIGH_FROM} points or more is {@link RiskLevel#HIGH}: three serious findings plus one concern, or
 * concerns across most of the form;</li>
 * <li>a red-flag answer is {@link RiskLevel#HIGH} whatever the total. The red flags are situations of
 * 《关于建立侵害未成年人案件强制报告制度的意见（试行）》(2020) 第四条 — suspected violence or abuse, 被遗弃或长期处于无人照料状态,
 * self-harm or suicide — which call for action at once, not for an average.</li>
 * </ul>
 * A county may change the wording or the thresholds by a new version of this class; stored assessments keep their
 * version, answers and scores.
 */
public final class AssessmentForm {

	/** Version stored with each assessment. */
	public static final int VERSION = 1;

	/** Total score from which the level is {@link RiskLevel#MEDIUM}. */
	public static final int MEDIUM_FROM = 4;

	/** Total score from which the level is {@link RiskLevel#HIGH}. */
	public static final int HIGH_FROM = 10;

	static final int NORMAL_POINTS = 0;
	static final int CONCERN_POINTS = 1;
	static final int SERIOUS_POINTS = 3;

	private static final List<AssessmentItem> ITEMS = List.of(
			item(AssessmentArea.GUARDIANSHIP, 1, "日常由谁照料儿童的生活？",
					"父母或有照护能力的委托照护人照料，照料到位",
					"照护人年老体弱或照料不够周到",
					redFlag("无人照料，或独居且无人照护")),
			item(AssessmentArea.GUARDIANSHIP, 2, "父母（外出务工的）与儿童联系的情况？",
					"父母在家，或每周至少联系一次",
					"偶尔联系（每月一两次）",
					"长期不联系或已失联"),
			item(AssessmentArea.GUARDIANSHIP, 3, "照护人是否尽到照护职责（吃穿、安全、上学）？",
					"尽职尽责",
					"有时疏忽，需要提醒督促",
					"怠于履行照护职责，或有酗酒、赌博、打骂等不当行为"),
			item(AssessmentArea.SAFETY, 1, "儿童是否遭受或疑似遭受暴力伤害（家庭暴力、虐待、欺凌、性侵害等）？",
					"未发现",
					"有迹象需进一步了解（如身上有不明伤痕、害怕回家）",
					redFlag("遭受或疑似遭受暴力伤害")),
			item(AssessmentArea.SAFETY, 2, "住处及周边有无安全隐患（用火用电、危房、临水临崖等）？",
					"未发现明显隐患",
					"有隐患，已采取防护措施",
					"有严重隐患且无防护"),
			item(AssessmentArea.SAFETY, 3, "有无离家出走、夜不归宿、结交不良人员或沉迷网络等情况？",
					"没有",
					"偶有发生",
					"经常发生，或曾离家出走"),
			item(AssessmentArea.HEALTH, 1, "儿童的身体健康状况？",
					"健康",
					"患慢性病或轻度残疾，能正常生活",
					"患重病或残疾，生活需要照护"),
			item(AssessmentArea.HEALTH, 2, "生病或受伤时能否及时就医？",
					"能及时就医",
					"有时拖延就医",
					"有病不医或治疗中断"),
			item(AssessmentArea.HEALTH, 3, "营养和生长发育情况？",
					"营养良好，发育正常",
					"偏瘦或偏胖，饮食不规律",
					"明显营养不良或发育迟缓"),
			item(AssessmentArea.SCHOOLING, 1, "上学情况？",
					"按时上学（或未到入学年龄）",
					"经常迟到、旷课或厌学",
					"辍学或长期不上学"),
			item(AssessmentArea.SCHOOLING, 2, "学习情况？",
					"学习正常",
					"成绩明显下降或跟不上",
					"基本无法完成学业"),
			item(AssessmentArea.SCHOOLING, 3, "家里对上学的支持（辅导、学习用品、上学交通）？",
					"支持到位",
					"支持不足",
					"无人过问，上学有困难"),
			item(AssessmentArea.PSYCHOLOGY, 1, "情绪状态？",
					"情绪稳定，开朗",
					"经常低落、焦虑或易怒",
					"长期情绪低落或情绪失控"),
			item(AssessmentArea.PSYCHOLOGY, 2, "与人交往和行为表现？",
					"交往正常",
					"孤僻少语，或有攻击、说谎等行为",
					"严重退缩，或有明显的行为异常"),
			item(AssessmentArea.PSYCHOLOGY, 3, "有无自伤、自杀的想法或行为？",
					"没有",
					"偶有悲观消极的言语",
					redFlag("有自伤、自杀的念头或行为")),
			item(AssessmentArea.LIVING, 1, "住房条件？",
					"住房安全，基本设施齐全",
					"住房简陋或设施不全",
					"住危房或无固定住所"),
			item(AssessmentArea.LIVING, 2, "家庭经济状况？",
					"能满足基本生活",
					"较困难（如享受低保、临时救助）",
					"基本生活难以维持"),
			item(AssessmentArea.LIVING, 3, "衣食和个人卫生？",
					"衣食有保障，卫生良好",
					"衣着或卫生较差",
					"缺衣少食，或长期卫生很差"));

	private static final Map<String, AssessmentItem> BY_CODE = new LinkedHashMap<>();

	static {
		ITEMS.forEach(item -> BY_CODE.put(item.code(), item));
	}

	private AssessmentForm() {
	}

	/** Every item in the order asked. */
	public static List<AssessmentItem> items() {
		return ITEMS;
	}

	/** The items of one area in the order asked. */
	public static List<AssessmentItem> items(AssessmentArea area) {
		return ITEMS.stream().filter(i -> i.area() == area).toList();
	}

	public static Optional<AssessmentItem> item(String code) {
		return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
	}

	/** The highest total the form can give. */
	public static int maxScore() {
		return ITEMS.stream().mapToInt(AssessmentItem::maxScore).sum();
	}

	/** The highest score of one area. */
	public static int maxScore(AssessmentArea area) {
		return items(area).stream().mapToInt(AssessmentItem::maxScore).sum();
	}

	/** The level a total gives, {@link RiskLevel#HIGH} whenever a red flag was answered. */
	public static RiskLevel level(int total, boolean redFlag) {
		if (redFlag || total >= HIGH_FROM) {
			return RiskLevel.HIGH;
		}
		return total >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
	}

	/**
	 * Scores complete answers (item code → option code, every item answered with one of its options; check with
	 * {@link #item} first). Fails with {@link IllegalArgumentException} otherwise.
	 */
	public static AssessmentScore score(Map<String, String> answers) {
		Map<AssessmentArea, Integer> byArea = new EnumMap<>(AssessmentArea.class);
		for (AssessmentArea area : AssessmentArea.values()) {
			byArea.put(area, 0);
		}
		List<String> redFlags = new ArrayList<>();
		int total = 0;
		for (AssessmentItem item : ITEMS) {
			AssessmentOption option = item.option(answers.get(item.code()))
				.orElseThrow(() -> new IllegalArgumentException("no valid answer to " + item.code()));
			total += option.score();
			byArea.merge(item.area(), option.score(), Integer::sum);
			if (option.redFlag()) {
				redFlags.add(item.code());
			}
		}
		if (answers.size() != ITEMS.size()) {
			throw new IllegalArgumentException("unknown items in " + answers.keySet());
		}
		return new AssessmentScore(total, byArea, redFlags, level(total, !redFlags.isEmpty()));
	}

	private static AssessmentItem item(AssessmentArea area, int number, String question, Object normal, Object concern,
			Object serious) {
		return new AssessmentItem(area.prefix() + number, area, question, List.of(
				option(NORMAL, normal, NORMAL_POINTS), option(CONCERN, concern, CONCERN_POINTS),
				option(SERIOUS, serious, SERIOUS_POINTS)));
	}

	private static AssessmentOption option(Finding grade, Object label, int points) {
		return label instanceof RedFlag flag ? new AssessmentOption(grade, flag.label(), points, true)
				: new AssessmentOption(grade, (String) label, points, false);
	}

	private static RedFlag redFlag(String label) {
		return new RedFlag(label);
	}

	private record RedFlag(String label) {
	}
}
