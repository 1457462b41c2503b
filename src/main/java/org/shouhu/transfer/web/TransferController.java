package org.shouhu.transfer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.IdNumber;
import org.shouhu.common.ConflictException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Masking;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.Paging;
import org.shouhu.common.TextCheck;
import org.shouhu.transfer.NewTransfer;
import org.shouhu.transfer.TransferView;
import org.shouhu.transfer.Transfers;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The transfer pages (档案转移): the request form (from a refused registration, 申请转入, with the ID number in hidden
 * fields of a POST, never in an address; or from a file, 申请转出), the incoming and outgoing lists with the
 * deciders' buttons, and one transfer with 同意 / 拒绝. {@link Transfers} decides who may do what; this class turns its
 * answers into pages.
 */
@Controller
@RequestMapping("/transfers")
class TransferController {

	/** The form's fields top to bottom (transfer/form.html), the order of its error summary. */
	static final List<String> FIELD_ORDER = List.of("idNumber", "childId", "toVillageCode", "reason");

	private static final int PAGE_SIZE = 20;

	private final Transfers transfers;
	private final ChildManagement children;
	private final Messages messages;
	private final Map<String, String> labels;

	TransferController(Transfers transfers, ChildManagement children, Messages messages) {
		this.transfers = transfers;
		this.children = children;
		this.messages = messages;
		Map<String, String> names = new LinkedHashMap<>();
		FIELD_ORDER.forEach(field -> names.put(field, messages.get("transfer.pages.field." + field)));
		this.labels = Map.copyOf(names);
	}

	// --- the lists

	@GetMapping
	String list(@RequestParam(defaultValue = "incoming") String direction, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String chosen = "outgoing".equals(direction) ? "outgoing" : "incoming";
		Map<String, String> errors = new LinkedHashMap<>();
		int pageNumber = Math.max(page, 0);
		Paging.problems(pageNumber, PAGE_SIZE).forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		ListPage<TransferView> list = errors.isEmpty() ? transfers.list(chosen, null, pageNumber, PAGE_SIZE)
				: ListPage.empty(0, PAGE_SIZE);
		model.addAttribute("transfers", list);
		model.addAttribute("direction", chosen);
		model.addAttribute("filterErrors", errors);
		return "transfer/list";
	}

	// --- the request form

	/** 申请转出 from a file: the holding side picks any village of the country. */
	@GetMapping("/new")
	String newOutgoing(@RequestParam long childId, Model model) {
		TransferForm form = new TransferForm();
		form.childId = childId;
		return form(form, new LinkedHashMap<>(), model);
	}

	/**
	 * 申请转入 from a refused registration: the ID number and the village come in hidden fields of a POST (an address
	 * with the number would end in logs); the form is shown prefilled.
	 */
	@PostMapping("/new")
	String newIncoming(@RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String villageCode, Model model) {
		TransferForm form = new TransferForm();
		form.idNumber = TextCheck.normalize(idNumber);
		form.toVillageCode = TextCheck.normalize(villageCode);
		return form(form, new LinkedHashMap<>(), model);
	}

	@PostMapping
	String request(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String childId,
			@RequestParam(required = false) String toVillageCode, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TransferForm form = new TransferForm();
		form.idNumber = TextCheck.normalize(idNumber);
		form.toVillageCode = TextCheck.normalize(toVillageCode);
		form.reason = reason;
		Map<String, String> errors = new LinkedHashMap<>();
		if (TextCheck.normalize(childId) != null) {
			try {
				form.childId = Long.parseLong(childId.trim());
			}
			catch (NumberFormatException e) {
				errors.put("childId", messages.get("transfer.notFound"));
			}
		}
		if (errors.isEmpty()) {
			try {
				TransferView created = transfers.request(new NewTransfer(form.idNumber, form.childId,
						form.toVillageCode, form.reason));
				redirect.addFlashAttribute("flash", messages.get("transfer.pages.requested"));
				return "redirect:/transfers/" + created.id();
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (ConflictException e) {
				model.addAttribute("alert", e.getMessage());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return form(form, errors, model);
	}

	private String form(TransferForm form, Map<String, String> errors, Model model) {
		ChildSummary child = form.childId == null ? null : children.summary(form.childId); // 404 outside
		model.addAttribute("form", form);
		model.addAttribute("child", child);
		model.addAttribute("maskedIdNumber", form.idNumber == null ? null
				: IdNumber.parse(form.idNumber).map(id -> Masking.idNumber(id.value())).orElse(form.idNumber));
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", FIELD_ORDER);
		model.addAttribute("errorLabels", labels);
		return "transfer/form";
	}

	// --- one transfer

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("transfer", transfers.find(id));
		return "transfer/show";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return decide(id, () -> transfers.accept(id, reason), "transfer.pages.accepted", reason, model, redirect,
				response);
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return decide(id, () -> transfers.reject(id, reason), "transfer.pages.rejected", reason, model, redirect,
				response);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(id, () -> transfers.withdraw(id), "transfer.pages.withdrawn", null, model, redirect, response);
	}

	private String decide(long id, Supplier<TransferView> action, String done, String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			TransferView decided = action.get();
			redirect.addFlashAttribute("flash", messages.get(done));
			return "redirect:/transfers/" + decided.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("decisionError", String.join("；", e.messagesByField().values()));
			model.addAttribute("reason", reason);
		}
		catch (NotAllowedNowException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("alert", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("alert", messages.get("transfer.pages.decidedMeanwhile"));
		}
		model.addAttribute("transfer", transfers.find(id));
		return "transfer/show";
	}

	/** What the request form shows and sends back. */
	public static final class TransferForm {

		String idNumber;
		Long childId;
		String toVillageCode;
		String reason;

		public String getIdNumber() {
			return idNumber;
		}

		public Long getChildId() {
			return childId;
		}

		public String getToVillageCode() {
			return toVillageCode;
		}

		public String getReason() {
			return reason;
		}
	}
}
