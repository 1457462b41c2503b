package org.shouhu.protection.web;

import java.util.List;

import org.shouhu.protection.ProtectionSummary;
import org.shouhu.protection.ProtectionSummaryView;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county protection dashboard ({@code /protection/dashboard}): a card per figure, a chart of the open reports
 * per region one level down ({@code static/js/protection-dashboard.js}, ECharts) and the table with drill-down.
 */
@Controller
class ProtectionDashboardController {

	private final ProtectionSummary summary;
	private final Regions regions;

	ProtectionDashboardController(ProtectionSummary summary, Regions regions) {
		this.summary = summary;
		this.regions = regions;
	}

	@GetMapping("/protection/dashboard")
	String dashboard(@RequestParam(required = false) String regionCode, Model model) {
		ProtectionSummaryView view = summary.summary(regionCode);
		model.addAttribute("summary", view);
		model.addAttribute("trail", trail(view.regionCode()));
		model.addAttribute("village", RegionLevel.ofCode(view.regionCode()) == RegionLevel.VILLAGE);
		return "protection/dashboard";
	}

	/** The regions above, from the caller's jurisdiction down, as links back up. */
	private List<Region> trail(String code) {
		List<Region> ancestry = regions.ancestry(code);
		String jurisdiction = org.shouhu.account.CurrentUser.get().jurisdiction();
		return ancestry.stream().filter(r -> !r.getCode().equals(code) && Regions.within(jurisdiction, r.getCode()))
				.toList();
	}
}
