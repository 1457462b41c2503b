package org.shouhu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.UserView;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.ProblemView;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.shouhu.child.ChildView;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Gives the demo children visit histories of the last two months, so that every demo director's to-do list has
 * overdue contacts and home visits next to children visited on time, a few visits found problems (some still open,
 * some resolved) and a few children are in close attention. Visits are recorded through {@link VisitManagement} as
 * the village's director (the township's supervisor where the village has no demo director), exactly as they would
 * record them, so the schedules, problems and audit trail are the real ones.
 */
class DemoVisits {

	private static final List<String> PROBLEMS = List.of("祖父母年迈体弱，照护孩子吃力", "孩子近期成绩下滑，不愿上学",
			"房屋年久失修，雨天漏水", "孩子很少与父母联系，情绪低落", "照护人常外出打零工，孩子放学后独自在家",
			"孩子沉迷手机游戏，晚上睡得很晚");
	private static final List<String> ACTIONS = List.of("联系学校班主任共同关注", "已告知父母，约定每周视频通话一次",
			"协调镇民政办申请临时救助", "联系村委会安排检修房屋", "提醒照护人履行看护责任，重签委托照护确认书",
			"与孩子谈心，约定下周再来看看");
	private static final List<String> RESOLUTIONS = List.of("父亲已返乡照顾孩子", "村委会已完成房屋检修",
			"班主任每周反馈，孩子情况好转", "临时救助已发放");

	private final VisitManagement visits;
	private final Random random = new Random(20240501L);

	DemoVisits(VisitManagement visits) {
		this.visits = visits;
	}

	/**
	 * Records each child's history as the director of its village, else the supervisor of its township
	 * ({@code accounts} by jurisdiction).
	 */
	void seed(List<ChildView> children, Map<String, UserView> accounts, LocalDate today) {
		for (ChildView child : children) {
			String village = child.file().villageCode();
			UserView recorder = accounts.get(village);
			if (recorder == null) {
				recorder = accounts.get(Regions.ancestorCode(village, RegionLevel.TOWNSHIP));
			}
			if (recorder != null) {
				UserView user = recorder;
				as(user, () -> {
					history(child.id(), today);
					return null;
				});
			}
		}
	}

	/**
	 * One child's history. Most children are visited on time; some have a contact overdue, some a home visit, some
	 * both, some were never visited since registration (due later). Half the children also have the month before.
	 */
	private void history(long childId, LocalDate today) {
		double kind = random.nextDouble();
		if (kind < 0.06) {
			return;
		}
		// children in close attention are visited at home every 14 days, the others every 30 (the default cadence)
		int every = visits.schedule(childId).closeAttention() ? 14 : 30;
		int lastHome;
		int lastContact;
		if (kind < 0.82) {
			lastHome = random.nextInt(every - 2);
			lastContact = random.nextInt(Math.min(7, lastHome + 1));
		}
		else if (kind < 0.89) {
			// no contact since a home visit 8 or more days ago: the contact is overdue
			lastHome = 8 + random.nextInt(every - 10);
			lastContact = lastHome;
		}
		else if (kind < 0.95) {
			lastHome = every + 1 + random.nextInt(20);
			lastContact = random.nextInt(7);
		}
		else {
			lastHome = every + 5 + random.nextInt(15);
			lastContact = 9 + random.nextInt(lastHome - 8);
		}
		if (random.nextBoolean()) {
			record(childId, VisitType.HOME_VISIT, today.minusDays(lastHome + 28 + random.nextInt(5)), false);
			for (int day = lastHome + 21; day > lastHome; day -= 7 + random.nextInt(3)) {
				record(childId, VisitType.CONTACT, today.minusDays(day), false);
			}
		}
		record(childId, VisitType.HOME_VISIT, today.minusDays(lastHome), true);
		if (lastContact < lastHome) {
			record(childId, VisitType.CONTACT, today.minusDays(lastContact), false);
		}
	}

	private void record(long childId, VisitType type, LocalDate on, boolean latestHomeVisit) {
		boolean home = type == VisitType.HOME_VISIT;
		double findings = random.nextDouble();
		Finding psychology = Finding.NORMAL;
		Finding safety = Finding.NORMAL;
		Finding schooling = Finding.NORMAL;
		String problem = null;
		String action = null;
		boolean followUp = false;
		if (latestHomeVisit && findings < 0.04) {
			psychology = Finding.SERIOUS;
			problem = PROBLEMS.get(3);
			action = ACTIONS.get(5);
			followUp = true;
		}
		else if (home && findings < 0.14) {
			int which = random.nextInt(PROBLEMS.size());
			problem = PROBLEMS.get(which);
			action = ACTIONS.get(which);
			followUp = true;
			if (which == 2 || which == 4) {
				safety = Finding.CONCERN;
			}
			else if (which == 1 || which == 5) {
				schooling = Finding.CONCERN;
			}
			else {
				psychology = Finding.CONCERN;
			}
		}
		Set<MetWith> met = EnumSet.of(MetWith.CHILD);
		if (home || random.nextBoolean()) {
			met.add(MetWith.CAREGIVER);
		}
		if (!home && random.nextDouble() < 0.2) {
			met.add(random.nextBoolean() ? MetWith.FATHER : MetWith.MOTHER);
		}
		VisitMethod method = home ? VisitMethod.IN_PERSON
				: random.nextDouble() < 0.7 ? VisitMethod.PHONE : random.nextBoolean() ? VisitMethod.VIDEO
						: VisitMethod.IN_PERSON;
		visits.record(childId, new NewVisit(type, method, on, new ArrayList<>(met),
				new Findings(safety, Finding.NORMAL, schooling, psychology, Finding.NORMAL), problem, action, followUp));
		if (followUp && (!latestHomeVisit ? random.nextDouble() < 0.85 : random.nextDouble() < 0.3)
				&& psychology != Finding.SERIOUS) {
			List<ProblemView> open = visits.problems(childId).stream().filter(ProblemView::open).toList();
			if (!open.isEmpty()) {
				visits.resolveProblem(childId, open.get(0).id(), RESOLUTIONS.get(random.nextInt(RESOLUTIONS.size())));
			}
		}
	}

	/** Runs the action as the account (the way a signed-in request would), then forgets it. */
	private static <T> T as(UserView user, Supplier<T> action) {
		CurrentUser principal = new CurrentUser(user.id(), user.username(), user.displayName(), user.roles(),
				user.jurisdiction(), user.department() == null ? null : user.department().name());
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
				principal.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
