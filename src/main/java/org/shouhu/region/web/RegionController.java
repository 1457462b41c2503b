package org.shouhu.region.web;

import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The region browser page (区划查询) and the endpoint the cascading picker reloads itself from. */
@Controller
class RegionController {

	private final Regions regions;
	private final RegionPicker picker;

	private final Messages messages;

	RegionController(Regions regions, RegionPicker picker, Messages messages) {
		this.messages = messages;
		this.regions = regions;
		this.picker = picker;
	}

	@GetMapping("/regions")
	String browse(@RequestParam(required = false) String code, Model model) {
		RegionPicker.Model chosen = picker.picker("code", code, null, "VILLAGE", true);
		Region region = regions.find(chosen.value()).orElseThrow();
		model.addAttribute("code", chosen.value());
		model.addAttribute("region", region);
		model.addAttribute("fullName", regions.fullName(region.getCode()));
		model.addAttribute("children", regions.children(region.getCode()));
		return "region/browser";
	}

	/**
	 * The picker again after a select changed: {@code code} is the chosen option (the parent's code when the empty
	 * option was chosen); {@code mode} {@code country} is {@link RegionPicker#country}. Tells the page through the
	 * {@code regionPicked} event (detail: field, code) once swapped.
	 */
	@GetMapping("/regions/picker")
	String picker(@RequestParam String field, @RequestParam(required = false) String root,
			@RequestParam(required = false) String code, @RequestParam(required = false) String level,
			@RequestParam(required = false) String mode, Model model, HttpServletResponse response) {
		if (!RegionPicker.FIELD.matcher(field).matches()) {
			throw new InvalidInputException("field", messages.get("region.picker.fieldInvalid"));
		}
		RegionPicker.Model chosen = "country".equals(mode) ? picker.country(field, code, level)
				: picker.picker(field, code, root, level, "filter".equals(mode));
		model.addAttribute("picker", chosen);
		response.setHeader("HX-Trigger-After-Swap",
				"{\"regionPicked\":{\"field\":\"" + field + "\",\"code\":\"" + chosen.value() + "\"}}");
		return "region/picker-update";
	}
}
