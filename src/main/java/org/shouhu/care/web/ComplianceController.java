package org.shouhu.care.web;

import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.care.VisitCompliance;
import org.shouhu.care.VisitComplianceReports;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Visit compliance of a region for supervisors and county staff: totals, one row per region one level down with
 * links to drill down, and a bar chart of overdue children per region.
 */
@Controller
@RequestMapping("/care/compliance")
class ComplianceController {

	private final VisitComplianceReports reports;
	private final Regions regions;

	ComplianceController(VisitComplianceReports reports, Regions regions) {
		this.reports = reports;
		this.regions = regions;
	}

	@GetMapping
	String compliance(@RequestParam(required = false) String regionCode, Model model) {
		VisitCompliance compliance = reports.compliance(regionCode == null || regionCode.isBlank() ? null
				: regionCode.trim());
		RegionLevel level = RegionLevel.ofCode(compliance.regionCode());
		model.addAttribute("report", compliance);
		model.addAttribute("rows", compliance.byRegion().stream().filter(r -> r.children() > 0).toList());
		model.addAttribute("emptyRegions", compliance.byRegion().stream().filter(r -> r.children() == 0).toList());
		model.addAttribute("trail", trail(compliance.regionCode()));
		model.addAttribute("village", level == RegionLevel.VILLAGE);
		model.addAttribute("rowLabel", rowLabel(level == null ? null : level.below()));
		return "care/compliance";
	}

	/** The regions from the caller's jurisdiction down to the shown one's parent, for links back up. */
	private List<Crumb> trail(String code) {
		String jurisdiction = CurrentUser.get().jurisdiction();
		List<Crumb> trail = new java.util.ArrayList<>();
		if (Regions.COUNTRY.equals(jurisdiction) && !Regions.COUNTRY.equals(code)) {
			trail.add(new Crumb(Regions.COUNTRY, "全国"));
		}
		for (Region region : regions.ancestry(code)) {
			if (!region.getCode().equals(code) && Regions.within(jurisdiction, region.getCode())) {
				trail.add(new Crumb(region.getCode(), region.getName()));
			}
		}
		return trail;
	}

	private static String rowLabel(RegionLevel level) {
		if (level == null) {
			return "区域";
		}
		return switch (level) {
			case PROVINCE -> "省份";
			case CITY -> "市（州）";
			case COUNTY -> "县（市、区）";
			case TOWNSHIP -> "乡镇（街道）";
			case VILLAGE -> "村（居）";
			case COUNTRY -> "区域";
		};
	}

	record Crumb(String code, String name) {
	}
}
