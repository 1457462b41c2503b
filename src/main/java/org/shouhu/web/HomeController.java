package org.shouhu.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Regions;
import org.shouhu.tasks.BoardSection;
import org.shouhu.tasks.TaskBoard;
import org.shouhu.tasks.Tasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page. For those who have a to-do list it is that list, one section per module that contributes items
 * ({@link TaskBoard}); for the other roles: who is signed in, where they work, and links to what their roles can do.
 */
@Controller
class HomeController {

	private final Regions regions;
	private final Tasks tasks;
	private final TaskBoard board;

	HomeController(Regions regions, Tasks tasks, TaskBoard board) {
		this.regions = regions;
		this.tasks = tasks;
		this.board = board;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = CurrentUser.get();
		if (user.roles().equals(Set.of(Role.DEPARTMENT))) {
			return "redirect:/reports"; // a department liaison's home page is the inbox of mandatory reports
		}
		if (user.roles().equals(Set.of(Role.VIEWER))) {
			return "redirect:/statistics"; // 领导查看: the statistics dashboard of the jurisdiction
		}
		List<String> roleLabels = user.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label).toList();
		model.addAttribute("user", user);
		model.addAttribute("roleLabels", roleLabels);
		model.addAttribute("jurisdictionName", regions.fullName(user.jurisdiction()));
		model.addAttribute("childFiles", user.worksWithChildFiles());
		model.addAttribute("canReport", user.worksWithChildFiles() || user.has(Role.DEPARTMENT));
		// a department liaison's work is the mandatory reports sent to the department: the inbox first, then the
		// to-do items (its reports to accept, overdue first)
		model.addAttribute("reportInbox", user.has(Role.DEPARTMENT) && !user.worksWithChildFiles());
		model.addAttribute("securityAdmin", user.has(Role.SECURITY_ADMIN));
		model.addAttribute("auditAdmin", user.has(Role.AUDIT_ADMIN));
		model.addAttribute("viewer", user.has(Role.VIEWER));
		model.addAttribute("department", user.has(Role.DEPARTMENT));
		model.addAttribute("systemAdmin", user.has(Role.SYSTEM_ADMIN));
		boolean hasTasks = tasks.servesCaller();
		model.addAttribute("hasTasks", hasTasks);
		if (hasTasks) {
			List<BoardSection> sections = board.forCaller();
			model.addAttribute("sections", sections);
			model.addAttribute("taskCount", sections.stream().mapToLong(BoardSection::cards).sum());
			model.addAttribute("compliance", user.has(Role.SUPERVISOR) || user.has(Role.CIVIL_AFFAIRS));
		}
		return "home";
	}
}
