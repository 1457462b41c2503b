package org.shouhu.exchange.web;

import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.common.InvalidInputException;
import org.shouhu.exchange.ImportView;
import org.shouhu.exchange.Imports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: {@code /imports} (upload form with the template link, the caller's recent imports),
 * {@code /imports/{id}} (a progress bar refreshed every second by htmx from {@code /imports/{id}/progress} while the
 * job runs, then the counts, the first problems and the 下载错误行 button), {@code /imports/{id}/errors} (the error
 * workbook). Linked from the children list. Rules live in {@link Imports}.
 */
@Controller
class ImportController {

	/** Problems shown on the result page (all of them in the error workbook). */
	static final int SHOWN = 50;

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String form(Model model) {
		model.addAttribute("recent", imports.recent(10));
		return "exchange/imports";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		try {
			ImportView job = ImportApi.start(imports, file);
			return "redirect:/imports/" + job.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("fileError", e.problems().get(0).message());
			return form(model);
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.find(id));
		model.addAttribute("shown", SHOWN);
		return "exchange/import";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.find(id));
		model.addAttribute("shown", SHOWN);
		return "exchange/import :: status";
	}

	@GetMapping("/imports/{id}/errors")
	String errors(@PathVariable long id, HttpServletResponse response) {
		ImportApi.sendErrors(imports, id, response);
		return null;
	}
}
