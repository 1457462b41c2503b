package org.shouhu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.shouhu.account.Department;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.account.UserView;
import org.shouhu.care.VisitManagement;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo (profile {@code demo}): the real county 凤县 (610330) with a civil-affairs officer, a supervisor per
 * township, a director per village of 凤州镇, and about 300 generated children covering every category, with visit
 * histories of the last two months ({@link DemoVisits}): some overdue, most on time. Runs once;
 * prints the login names and the demo password at every start.
 */
@Component
@ConditionalOnProperty(name = "shouhu.demo", havingValue = "true")
class DemoData implements ApplicationRunner, Ordered {

	static final String COUNTY = "610330";
	static final String DIRECTORS_TOWNSHIP = "610330101";
	static final String COUNTY_OFFICER = "fx_minzheng";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserManagement users;
	private final ChildManagement children;
	private final VisitManagement visits;
	private final Regions regions;
	private final Clock clock;
	private final String password;
	private final int childCount;
	private final String port;
	private final String adminPassword;

	DemoData(UserManagement users, ChildManagement children, VisitManagement visits, Regions regions, Clock clock,
			@Value("${shouhu.demo-password:Demo-Passw0rd}") String password,
			@Value("${shouhu.demo-children:300}") int childCount, @Value("${server.port:8080}") String port,
			@Value("${shouhu.admin-password:}") String adminPassword) {
		this.users = users;
		this.children = children;
		this.visits = visits;
		this.regions = regions;
		this.clock = clock;
		this.password = password;
		this.childCount = childCount;
		this.port = port;
		this.adminPassword = adminPassword;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 200;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (regions.find(COUNTY).isEmpty()) {
			log.warn("Demo data needs the division table of 凤县 (610330); SHOUHU_REGIONS excludes it.");
			return;
		}
		List<DemoAccount> accounts = accounts();
		if (!users.usernameExists(COUNTY_OFFICER)) {
			Map<String, UserView> frontline = new HashMap<>();
			for (DemoAccount a : accounts) {
				UserView user = users.createUser(new NewUser(a.username(), a.displayName(), password, Set.of(a.role()),
						a.jurisdiction(), a.department(), null));
				if (a.role() == Role.CHILD_DIRECTOR || a.role() == Role.SUPERVISOR) {
					frontline.put(a.jurisdiction(), user);
				}
			}
			List<ChildView> registered = seedChildren();
			new DemoVisits(visits).seed(registered, frontline, LocalDate.now(clock));
			log.info("Demo data: visit histories recorded for {} children", registered.size());
		}
		print(accounts);
	}

	private List<DemoAccount> accounts() {
		List<DemoAccount> accounts = new ArrayList<>();
		accounts.add(new DemoAccount(COUNTY_OFFICER, "凤县民政局 张科长", Role.CIVIL_AFFAIRS, COUNTY));
		for (Region township : regions.children(COUNTY)) {
			accounts.add(new DemoAccount("fx_dd" + township.getCode().substring(6), township.getName() + "儿童督导员",
					Role.SUPERVISOR, township.getCode()));
		}
		for (Region village : regions.children(DIRECTORS_TOWNSHIP)) {
			accounts.add(new DemoAccount("fx_zr" + village.getCode().substring(9), village.getName() + "儿童主任",
					Role.CHILD_DIRECTOR, village.getCode()));
		}
		// the receivers of mandatory reports besides civil affairs (强制报告意见: 公安, 教育, 卫健)
		accounts.add(new DemoAccount("fx_gongan", "凤县公安局 联络员", Role.DEPARTMENT, COUNTY, Department.PUBLIC_SECURITY));
		accounts.add(new DemoAccount("fx_jiaoyu", "凤县教育局 联络员", Role.DEPARTMENT, COUNTY, Department.EDUCATION));
		accounts.add(new DemoAccount("fx_weijian", "凤县卫健局 联络员", Role.DEPARTMENT, COUNTY, Department.HEALTH));
		accounts.add(new DemoAccount("fx_lingdao", "凤县分管领导", Role.VIEWER, COUNTY));
		accounts.add(new DemoAccount("fx_anquan", "凤县安全管理员", Role.SECURITY_ADMIN, COUNTY));
		accounts.add(new DemoAccount("fx_shenji", "凤县审计管理员", Role.AUDIT_ADMIN, COUNTY));
		return accounts;
	}

	private List<ChildView> seedChildren() {
		List<ChildView> registered = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		ChildGenerator generator = new ChildGenerator(new Random(20240401L), today);
		List<Region> directorsVillages = regions.children(DIRECTORS_TOWNSHIP);
		List<Region> countyVillages = new ArrayList<>();
		regions.children(COUNTY).forEach(t -> countyVillages.addAll(regions.children(t.getCode())));
		Random placement = new Random(7L);
		int made = 0;
		// every family scenario at least once in the directors' township, so each demo director sees every category
		for (FamilyScenario scenario : FamilyScenario.values()) {
			Region village = directorsVillages.get(made % directorsVillages.size());
			registered.add(children.registerAsSystem(generator.next(village.getCode(), village.getName(), scenario),
					"演示数据"));
			made++;
		}
		for (; made < childCount; made++) {
			List<Region> pool = made % 2 == 0 ? directorsVillages : countyVillages;
			Region village = pool.get(placement.nextInt(pool.size()));
			registered.add(children.registerAsSystem(generator.next(village.getCode(), village.getName()), "演示数据"));
		}
		log.info("Demo data: {} children registered in 凤县", made);
		return registered;
	}

	private void print(List<DemoAccount> accounts) {
		StringBuilder text = new StringBuilder("\n\n===== 守护 Shouhu demo =====\n");
		text.append("Open http://localhost:").append(port).append("/ and log in with password: ").append(password).append('\n');
		for (DemoAccount a : accounts) {
			text.append(String.format("  %-12s %-8s %s%n", a.username(), a.role().label(), regions.fullName(a.jurisdiction())));
		}
		if (password.equals(adminPassword)) {
			text.append(String.format("  %-12s %-8s %s%n", "admin", "安全管理员、系统管理员", "全国"));
		}
		text.append("============================\n");
		log.info(text.toString());
	}

	private record DemoAccount(String username, String displayName, Role role, String jurisdiction,
			Department department) {

		DemoAccount(String username, String displayName, Role role, String jurisdiction) {
			this(username, displayName, role, jurisdiction, null);
		}
	}
}
