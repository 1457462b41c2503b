package org.shouhu.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.CareTask;
import org.shouhu.care.CareTasks;
import org.shouhu.care.TaskType;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page. For those who work with child files it is their to-do list (overdue visits, visits due soon, open
 * problems); for the other roles: who is signed in, where they work, and links to what their roles can do.
 */
@Controller
class HomeController {

	/** Items shown per group; the rest are counted (a township can have hundreds). */
	static final int SHOWN = 50;

	private final Regions regions;
	private final CareTasks careTasks;

	HomeController(Regions regions, CareTasks careTasks) {
		this.regions = regions;
		this.careTasks = careTasks;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = CurrentUser.get();
		List<String> roleLabels = user.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label).toList();
		model.addAttribute("user", user);
		model.addAttribute("roleLabels", roleLabels);
		model.addAttribute("jurisdictionName", regions.fullName(user.jurisdiction()));
		model.addAttribute("childFiles", user.worksWithChildFiles());
		model.addAttribute("securityAdmin", user.has(Role.SECURITY_ADMIN));
		model.addAttribute("auditAdmin", user.has(Role.AUDIT_ADMIN));
		model.addAttribute("viewer", user.has(Role.VIEWER));
		model.addAttribute("department", user.has(Role.DEPARTMENT));
		model.addAttribute("systemAdmin", user.has(Role.SYSTEM_ADMIN));
		if (user.worksWithChildFiles()) {
			List<CareTask> tasks = careTasks.forCaller();
			model.addAttribute("taskCount", tasks.size());
			model.addAttribute("overdueTasks", group(tasks, t -> t.type() == TaskType.CONTACT_OVERDUE
					|| t.type() == TaskType.HOME_VISIT_OVERDUE));
			model.addAttribute("dueTasks", group(tasks, t -> t.type() == TaskType.CONTACT_DUE
					|| t.type() == TaskType.HOME_VISIT_DUE));
			model.addAttribute("problemTasks", group(tasks, t -> t.type() == TaskType.PROBLEM_OPEN));
			model.addAttribute("compliance", user.has(Role.SUPERVISOR) || user.has(Role.CIVIL_AFFAIRS));
		}
		return "home";
	}

	private static TaskGroup group(List<CareTask> tasks, Predicate<CareTask> kind) {
		List<CareTask> all = tasks.stream().filter(kind).toList();
		return new TaskGroup(all.stream().limit(SHOWN).toList(), all.size());
	}

	/** The first {@link #SHOWN} items of one kind and how many there are. */
	record TaskGroup(List<CareTask> shown, int total) {

		public int hidden() {
			return total - shown.size();
		}
	}
}
