package org.shouhu.care.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.VisitPolicies;
import org.shouhu.care.VisitPolicy;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.PageErrors;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A county's visit cadence (走访频次): everyone who works with child files reads it; civil-affairs staff of the county
 * or above change it ({@link VisitPolicies} decides, 403 otherwise). Staff above a county choose the county first.
 */
@Controller
@RequestMapping("/care/policy")
class PolicyController {

	private final VisitPolicies policies;
	private final Regions regions;
	private final Messages messages;

	PolicyController(VisitPolicies policies, Regions regions, Messages messages) {
		this.policies = policies;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping
	String show(@RequestParam(required = false) String countyCode, Model model) {
		String county = county(countyCode);
		if (county == null) {
			model.addAttribute("countyCode", null);
			model.addAttribute("chooseCounty", true);
			return "care/policy";
		}
		VisitPolicy policy = policies.find(county);
		model.addAttribute("form", PolicyForm.of(policy));
		model.addAttribute("errors", Map.of());
		return page(county, policy, model);
	}

	/**
	 * A change is saved in two steps: the first post shows how many children would be overdue under the new cadence
	 * (against today's figure) with a 确认保存 button; that button posts the same values with {@code confirmed=true},
	 * which saves them.
	 */
	@PostMapping
	String change(@ModelAttribute("form") PolicyForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		String county = county(form.getCountyCode());
		if (county == null) {
			return "redirect:/care/policy";
		}
		if (!canChange(county)) {
			throw new ForbiddenException(messages.get("care.policy.page.forbidden"));
		}
		Map<String, String> errors = new LinkedHashMap<>(PageErrors.of(binding));
		required("contactDays", form.getContactDays(), errors);
		required("homeVisitDays", form.getHomeVisitDays(), errors);
		required("closeAttentionHomeVisitDays", form.getCloseAttentionHomeVisitDays(), errors);
		if (errors.isEmpty()) {
			try {
				if (!confirmed) {
					model.addAttribute("preview", policies.preview(county, form.getContactDays(),
							form.getHomeVisitDays(), form.getCloseAttentionHomeVisitDays()));
					model.addAttribute("errors", errors);
					return page(county, policies.find(county), model);
				}
				policies.change(county, form.getContactDays(), form.getHomeVisitDays(),
						form.getCloseAttentionHomeVisitDays());
				redirect.addFlashAttribute("flash", messages.get("care.policy.page.saved", regions.name(county)));
				return "redirect:/care/policy?countyCode=" + county;
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		model.addAttribute("errors", errors);
		return page(county, policies.find(county), model);
	}

	private String page(String county, VisitPolicy policy, Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("countyCode", county);
		model.addAttribute("countyName", regions.fullName(county));
		model.addAttribute("policy", policy);
		model.addAttribute("canChange", canChange(county));
		model.addAttribute("chooseCounty", above(user.jurisdiction()));
		return "care/policy";
	}

	/** The county asked for, else the one the caller works in; null when the caller works above a county. */
	private String county(String countyCode) {
		if (countyCode != null && !countyCode.isBlank()) {
			String code = countyCode.trim();
			if (RegionLevel.ofCode(code) != RegionLevel.COUNTY) {
				throw new InvalidInputException("countyCode", messages.get("care.policy.page.chooseCounty"));
			}
			return code;
		}
		return Regions.ancestorCode(CurrentUser.get().jurisdiction(), RegionLevel.COUNTY);
	}

	/** Shows the form; {@link VisitPolicies#change} is what enforces it. */
	private static boolean canChange(String county) {
		CurrentUser user = CurrentUser.get();
		return user.has(Role.CIVIL_AFFAIRS) && Regions.within(user.jurisdiction(), county);
	}

	private static boolean above(String jurisdiction) {
		RegionLevel level = RegionLevel.ofCode(jurisdiction);
		return level != null && level.ordinal() < RegionLevel.COUNTY.ordinal();
	}

	private void required(String field, Integer value, Map<String, String> errors) {
		if (value == null) {
			errors.putIfAbsent(field, messages.get("care.policy.page.required"));
		}
	}
}
