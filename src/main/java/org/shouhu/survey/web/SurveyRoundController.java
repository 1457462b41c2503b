package org.shouhu.survey.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.Category;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.shouhu.survey.NewSurveyRound;
import org.shouhu.survey.OpenedSurveyRound;
import org.shouhu.survey.SurveyRoundHistoryEntry;
import org.shouhu.survey.SurveyRoundStatus;
import org.shouhu.survey.SurveyRoundView;
import org.shouhu.survey.SurveyRounds;
import org.shouhu.survey.VillageProgress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey-round pages: {@code /survey-rounds} (the rounds of the caller's county or region; county civil affairs
 * opens one with a name and a deadline) and {@code /survey-rounds/{id}} (completion per township and village, who is
 * late with the directors' names and phones, the director's 确认本村已核查, the supervisor's 提交本乡镇, the county's 关闭,
 * the frozen statistics after closing, the history). {@code /survey-rounds/open} leads the to-do items' button to the
 * open round of the caller's county. Rules live in {@link SurveyRounds}; a refusal of the round's state is shown on
 * the page.
 */
@Controller
@RequestMapping("/survey-rounds")
class SurveyRoundController {

	static final int HISTORY_SHOWN = 30;
	private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");
	private static final java.time.format.DateTimeFormatter TIME =
			java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SurveyRounds rounds;
	private final Regions regions;
	private final Messages messages;
	private final JsonMapper json;

	SurveyRoundController(SurveyRounds rounds, Regions regions, Messages messages, JsonMapper json) {
		this.rounds = rounds;
		this.regions = regions;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		return listPage(page, null, null, null, Map.of(), model);
	}

	@PostMapping
	String open(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String name,
			@RequestParam(required = false) String deadline, Model model, RedirectAttributes redirect) {
		String county = regionCode == null || regionCode.isBlank() ? ownCounty() : regionCode.trim();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				day = LocalDate.parse(deadline.trim());
			}
			catch (DateTimeParseException e) {
				errors.put("deadline", messages.get("survey.deadline.invalid"));
			}
		}
		if (errors.isEmpty()) {
			try {
				OpenedSurveyRound opened = rounds.open(new NewSurveyRound(county, name, day));
				redirect.addFlashAttribute("flash", messages.get("survey.pages.opened", name.trim()));
				return "redirect:/survey-rounds/" + opened.id();
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				return listPage(0, e.getMessage(), name, deadline, errors, model);
			}
		}
		return listPage(0, null, name, deadline, errors, model);
	}

	@GetMapping("/open")
	String openRound(RedirectAttributes redirect) {
		Optional<Long> open = rounds.openRoundOfCaller();
		if (open.isPresent()) {
			return "redirect:/survey-rounds/" + open.get();
		}
		redirect.addFlashAttribute("flash", messages.get("survey.pages.noOpenRound"));
		return "redirect:/survey-rounds";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SurveyRoundView round = rounds.find(id);
		CurrentUser user = CurrentUser.get();
		List<VillageProgress> villages = rounds.villages(id, null);
		Map<String, List<VillageProgress>> byTownship = new LinkedHashMap<>();
		round.byRegion().forEach(t -> byTownship.put(t.regionCode(), new ArrayList<>()));
		villages.forEach(v -> byTownship.computeIfAbsent(v.townshipCode(), k -> new ArrayList<>()).add(v));
		List<SurveyRoundHistoryEntry> history = rounds.history(id);
		boolean open = round.status() == SurveyRoundStatus.OPEN;
		model.addAttribute("round", round);
		model.addAttribute("villagesByTownship", byTownship);
		model.addAttribute("lateVillages", villages.stream().filter(VillageProgress::late).toList());
		model.addAttribute("history", history.size() <= HISTORY_SHOWN ? history
				: history.subList(history.size() - HISTORY_SHOWN, history.size()));
		model.addAttribute("historyHidden", Math.max(0, history.size() - HISTORY_SHOWN));
		model.addAttribute("canConfirm", open && user.has(Role.CHILD_DIRECTOR));
		model.addAttribute("canSubmit", open && user.has(Role.SUPERVISOR));
		model.addAttribute("canClose", open && user.has(Role.CIVIL_AFFAIRS) && user.covers(round.regionCode()));
		model.addAttribute("user", user);
		if (round.snapshotAvailable()) {
			model.addAttribute("snapshot", snapshot(rounds.snapshot(id)));
		}
		return "survey/round";
	}

	@PostMapping("/{id}/villages/{villageCode}/confirm")
	String confirm(@PathVariable long id, @PathVariable String villageCode, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			rounds.confirm(id, villageCode);
			return messages.get("survey.pages.confirmed", regions.name(villageCode));
		});
	}

	@PostMapping("/{id}/townships/{townshipCode}/submit")
	String submit(@PathVariable long id, @PathVariable String townshipCode, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			rounds.submit(id, townshipCode);
			return messages.get("survey.pages.submitted", regions.name(townshipCode));
		});
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, redirect, () -> {
			rounds.close(id);
			return messages.get("survey.pages.closed");
		});
	}

	private String change(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flash", action.get());
		}
		catch (NotAllowedNowException e) {
			redirect.addFlashAttribute("alert", e.getMessage());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("alert", messages.get("common.problem.stale.detail"));
		}
		return "redirect:/survey-rounds/" + id;
	}

	private String listPage(int page, String alert, String name, String deadline, Map<String, String> errors,
			Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("rounds", rounds.list(null, page, 20));
		boolean civilAffairs = user.has(Role.CIVIL_AFFAIRS);
		RegionLevel level = RegionLevel.ofCode(user.jurisdiction());
		boolean canOpen = civilAffairs && level != null && level.ordinal() <= RegionLevel.COUNTY.ordinal();
		model.addAttribute("canOpen", canOpen);
		model.addAttribute("chooseCounty", canOpen && level != RegionLevel.COUNTY);
		model.addAttribute("ownCounty", level == RegionLevel.COUNTY ? regions.fullName(user.jurisdiction()) : null);
		model.addAttribute("alert", alert);
		model.addAttribute("name", name);
		model.addAttribute("deadline", deadline);
		model.addAttribute("errors", errors);
		return "survey/rounds";
	}

	private String ownCounty() {
		CurrentUser user = CurrentUser.get();
		if (!user.has(Role.CIVIL_AFFAIRS)) {
			throw new ForbiddenException(messages.get("survey.open.forbidden"));
		}
		return RegionLevel.ofCode(user.jurisdiction()) == RegionLevel.COUNTY ? user.jurisdiction() : null;
	}

	/** The frozen summary as the page shows it: total, by category (labels), by township. */
	private Snapshot snapshot(String text) {
		JsonNode root = json.readTree(text);
		List<Figure> byCategory = new ArrayList<>();
		JsonNode categories = root.path("byCategory");
		for (String code : categories.propertyNames()) {
			byCategory.add(new Figure(categoryLabel(code), categories.path(code).asLong()));
		}
		List<Figure> byRegion = new ArrayList<>();
		for (JsonNode region : root.path("byRegion")) {
			byRegion.add(new Figure(region.path("name").asString(), region.path("children").asLong()));
		}
		return new Snapshot(time(root.path("asOf").asString()), root.path("children").asLong(), byCategory, byRegion);
	}

	private static String time(String instant) {
		try {
			return TIME.format(java.time.OffsetDateTime.parse(instant).atZoneSameInstant(CHINA));
		}
		catch (DateTimeParseException e) {
			return instant;
		}
	}

	private static String categoryLabel(String code) {
		try {
			return Category.valueOf(code).label();
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}

	record Snapshot(String asOf, long children, List<Figure> byCategory, List<Figure> byRegion) {
	}

	record Figure(String label, long count) {
	}
}
