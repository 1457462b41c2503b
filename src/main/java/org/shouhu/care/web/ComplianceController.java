package org.shouhu.care.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.shouhu.account.CurrentUser;
import org.shouhu.care.RegionCompliance;
import org.shouhu.care.VisitCompliance;
import org.shouhu.care.VisitComplianceReports;
import org.shouhu.common.Messages;
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
	private final Messages messages;
	/** Suffixes of village and neighbourhood committees, left out of chart labels. */
	private final Pattern committee;

	ComplianceController(VisitComplianceReports reports, Regions regions, Messages messages) {
		this.reports = reports;
		this.regions = regions;
		this.messages = messages;
		this.committee = Pattern.compile("(" + messages.get("care.compliance.nameSuffixes") + ")$");
	}

	@GetMapping
	String compliance(@RequestParam(required = false) String regionCode, Model model) {
		VisitCompliance compliance = reports.compliance(regionCode == null || regionCode.isBlank() ? null
				: regionCode.trim());
		RegionLevel level = RegionLevel.ofCode(compliance.regionCode());
		model.addAttribute("report", compliance);
		List<RegionCompliance> rows = compliance.byRegion().stream().filter(r -> r.children() > 0).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("chartLabels", chartLabels(rows));
		CurrentUser user = CurrentUser.get();
		if (level == RegionLevel.VILLAGE && user.worksWithChildFiles()) {
			model.addAttribute("attention", reports.villageAttention(compliance.regionCode()));
		}
		model.addAttribute("emptyRegions", compliance.byRegion().stream().filter(r -> r.children() == 0).toList());
		model.addAttribute("trail", trail(compliance.regionCode()));
		model.addAttribute("village", level == RegionLevel.VILLAGE);
		model.addAttribute("rowLabel", rowLabel(level == null ? null : level.below()));
		return "care/compliance";
	}

	/**
	 * The chart's label of each row: the name without the committee suffix (龙口村委会 → 龙口); where two rows would
	 * read the same, the township in front for villages of different townships, else the full name, and the code's
	 * last digits where even those repeat.
	 */
	private Map<String, String> chartLabels(List<RegionCompliance> rows) {
		Map<String, String> labels = new LinkedHashMap<>();
		rows.forEach(row -> labels.put(row.regionCode(), shortName(row.name())));
		for (List<RegionCompliance> same : repeated(rows, labels)) {
			boolean townshipsDiffer = same.stream()
				.map(row -> Regions.ancestorCode(row.regionCode(), RegionLevel.TOWNSHIP)).distinct().count() > 1;
			same.forEach(row -> labels.put(row.regionCode(), townshipsDiffer && row.regionCode().length() == 12
					? messages.get("care.compliance.labelWithTownship", regions.name(row.regionCode().substring(0, 9)),
							shortName(row.name()))
					: row.name()));
		}
		for (List<RegionCompliance> same : repeated(rows, labels)) {
			same.forEach(row -> labels.put(row.regionCode(), messages.get("care.compliance.labelWithCode",
					labels.get(row.regionCode()), row.regionCode().substring(Math.max(0, row.regionCode().length() - 3)))));
		}
		return labels;
	}

	private static List<List<RegionCompliance>> repeated(List<RegionCompliance> rows, Map<String, String> labels) {
		return rows.stream().collect(Collectors.groupingBy(row -> labels.get(row.regionCode()), LinkedHashMap::new,
				Collectors.toList())).values().stream().filter(same -> same.size() > 1).toList();
	}

	private String shortName(String name) {
		String shortened = committee.matcher(name).replaceFirst("");
		return shortened.isEmpty() ? name : shortened;
	}

	/** The regions from the caller's jurisdiction down to the shown one's parent, for links back up. */
	private List<Crumb> trail(String code) {
		String jurisdiction = CurrentUser.get().jurisdiction();
		List<Crumb> trail = new java.util.ArrayList<>();
		if (Regions.COUNTRY.equals(jurisdiction) && !Regions.COUNTRY.equals(code)) {
			trail.add(new Crumb(Regions.COUNTRY, messages.get("care.compliance.country")));
		}
		for (Region region : regions.ancestry(code)) {
			if (!region.getCode().equals(code) && Regions.within(jurisdiction, region.getCode())) {
				trail.add(new Crumb(region.getCode(), region.getName()));
			}
		}
		return trail;
	}

	private String rowLabel(RegionLevel level) {
		return messages.get("care.compliance.rows." + (level == null ? RegionLevel.COUNTRY : level).name());
	}

	record Crumb(String code, String name) {
	}
}
