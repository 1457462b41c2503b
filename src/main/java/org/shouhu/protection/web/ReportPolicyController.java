package org.shouhu.protection.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.protection.ReportPolicies;
import org.shouhu.protection.ReportPolicyView;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A county's acceptance deadline for mandatory reports ("立即", minutes from the call to acceptance): civil-affairs
 * staff of the county or above read and change it ({@link ReportPolicies} decides); those above a county choose the
 * county first.
 */
@Controller
@RequestMapping("/reports/policy")
class ReportPolicyController {

	private final ReportPolicies policies;
	private final Regions regions;
	private final Messages messages;

	ReportPolicyController(ReportPolicies policies, Regions regions, Messages messages) {
		this.policies = policies;
		this.regions = regions;
		this.messages = messages;
	}

	@ModelAttribute
	void civilAffairsOnly() {
		if (!CurrentUser.get().has(Role.CIVIL_AFFAIRS)) {
			throw new ForbiddenException(messages.get("protection.pages.policy.forbidden"));
		}
	}

	@GetMapping
	String show(@RequestParam(required = false) String countyCode, Model model) {
		String county = county(countyCode);
		if (county == null) {
			return choose(model);
		}
		ReportPolicyView policy = policies.find(county);
		return page(county, policy, String.valueOf(policy.acceptWithinMinutes()), Map.of(), model);
	}

	@PostMapping
	String change(@RequestParam(required = false) String countyCode,
			@RequestParam(required = false) String acceptWithinMinutes, @RequestParam(required = false) Long version,
			Model model, RedirectAttributes redirect) {
		String county = county(countyCode);
		if (county == null) {
			return "redirect:/reports/policy";
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Integer minutes = null;
		String entered = acceptWithinMinutes == null ? "" : acceptWithinMinutes.trim();
		if (entered.isEmpty()) {
			errors.put("acceptWithinMinutes", messages.get("protection.pages.policy.required"));
		}
		else {
			try {
				minutes = Integer.valueOf(entered);
			}
			catch (NumberFormatException e) {
				errors.put("acceptWithinMinutes", messages.get("protection.pages.policy.whole",
						String.valueOf(ReportPolicies.MAX_MINUTES)));
			}
		}
		if (errors.isEmpty()) {
			try {
				ReportPolicyView saved = policies.change(county, minutes, version);
				redirect.addFlashAttribute("flash", messages.get("protection.pages.policy.saved", regions.name(county),
						String.valueOf(saved.acceptWithinMinutes())));
				return "redirect:/reports/policy?countyCode=" + county;
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (org.shouhu.common.ConflictException | org.springframework.dao.OptimisticLockingFailureException e) {
				model.addAttribute("alert", messages.get("protection.pages.policy.stale"));
			}
		}
		return page(county, policies.find(county), entered, errors, model);
	}

	private String choose(Model model) {
		model.addAttribute("countyCode", null);
		model.addAttribute("chooseCounty", true);
		return "protection/policy";
	}

	private String page(String county, ReportPolicyView policy, String minutes, Map<String, String> errors,
			Model model) {
		model.addAttribute("countyCode", county);
		model.addAttribute("countyName", regions.fullName(county));
		model.addAttribute("policy", policy);
		model.addAttribute("minutes", minutes);
		model.addAttribute("errors", errors);
		model.addAttribute("defaultMinutes", ReportPolicies.DEFAULT_MINUTES);
		model.addAttribute("maxMinutes", ReportPolicies.MAX_MINUTES);
		model.addAttribute("chooseCounty", above(CurrentUser.get().jurisdiction()));
		return "protection/policy";
	}

	/** The county asked for, else the one the caller works in; null when the caller works above a county. */
	private String county(String countyCode) {
		if (countyCode != null && !countyCode.isBlank()) {
			String code = countyCode.trim();
			if (RegionLevel.ofCode(code) != RegionLevel.COUNTY) {
				throw new InvalidInputException("countyCode", messages.get("protection.pages.policy.chooseCounty"));
			}
			return code;
		}
		return Regions.ancestorCode(CurrentUser.get().jurisdiction(), RegionLevel.COUNTY);
	}

	private static boolean above(String jurisdiction) {
		RegionLevel level = RegionLevel.ofCode(jurisdiction);
		return level != null && level.ordinal() < RegionLevel.COUNTY.ordinal();
	}
}
