package org.shouhu.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.Category;
import org.shouhu.child.Gender;
import org.shouhu.common.Messages;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.shouhu.statistics.StatisticsExport;
import org.shouhu.statistics.StatisticsSummaries;
import org.shouhu.statistics.StatisticsSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics dashboard ({@code /statistics}): cards with the totals, categories, age bands, gender and
 * caregivers of left-behind children, a chart and a table by region one level down with drill-down links to the
 * village ({@code static/js/statistics.js}, ECharts); the printable view ({@code /statistics/print}, A4) and the
 * xlsx download ({@code /statistics/export.xlsx}). Rules in {@link StatisticsSummaries} and {@link StatisticsExport}.
 */
@Controller
class StatisticsController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final StatisticsSummaries summaries;
	private final StatisticsExport export;
	private final Regions regions;
	private final Messages messages;

	StatisticsController(StatisticsSummaries summaries, StatisticsExport export, Regions regions, Messages messages) {
		this.summaries = summaries;
		this.export = export;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/statistics")
	String dashboard(@RequestParam(required = false) String regionCode, Model model) {
		fill(summaries.summary(regionCode), model);
		return "statistics/dashboard";
	}

	@GetMapping("/statistics/print")
	String print(@RequestParam(required = false) String regionCode, Model model) {
		fill(summaries.summary(regionCode), model);
		return "statistics/print";
	}

	@GetMapping("/statistics/export.xlsx")
	void download(@RequestParam(required = false) String regionCode, HttpServletResponse response) {
		export.write(regionCode, () -> {
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(messages.get("statistics.export.file"), StandardCharsets.UTF_8)
				.build().toString());
			return response.getOutputStream();
		});
	}

	private void fill(StatisticsSummary s, Model model) {
		model.addAttribute("s", s);
		model.addAttribute("regionName", regions.fullName(s.regionCode()));
		model.addAttribute("asOfText", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(java.time.ZoneId.of("Asia/Shanghai")).format(s.asOf()));
		model.addAttribute("trail", trail(s.regionCode()));
		model.addAttribute("village", RegionLevel.ofCode(s.regionCode()) == RegionLevel.VILLAGE);
		model.addAttribute("categories", labelled(s.byCategory(), Category.values()));
		model.addAttribute("genders", labelled(s.byGender(), Gender.values()));
		Map<String, Long> caregivers = new LinkedHashMap<>();
		s.leftBehindByCaregiver().forEach((k, n) -> caregivers.put(export.caregiverLabel(k), n));
		model.addAttribute("caregivers", caregivers);
		Map<String, Long> bands = new LinkedHashMap<>();
		s.byAgeBand().forEach((k, n) -> bands.put(messages.get("statistics.ageBand", k), n));
		model.addAttribute("bands", bands);
		model.addAttribute("categoryLabels", java.util.Arrays.stream(Category.values()).map(Category::label).toList());
		model.addAttribute("categoryCodes", java.util.Arrays.stream(Category.values()).map(Category::name).toList());
	}

	private static Map<String, Long> labelled(Map<String, Long> byCode, Enum<?>[] values) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			String label = value instanceof Category c ? c.label() : ((Gender) value).label();
			map.put(label, byCode.getOrDefault(value.name(), 0L));
		}
		return map;
	}

	/** The regions above, from the caller's jurisdiction down, as links back up. */
	private List<Region> trail(String code) {
		String jurisdiction = CurrentUser.get().jurisdiction();
		return regions.ancestry(code).stream()
				.filter(r -> !r.getCode().equals(code) && Regions.within(jurisdiction, r.getCode())).toList();
	}
}
