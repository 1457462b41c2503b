package org.shouhu.account.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserChange;
import org.shouhu.account.UserManagement;
import org.shouhu.account.UserView;
import org.shouhu.common.ConflictException;
import org.shouhu.common.Messages;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.PageErrors;
import org.shouhu.common.Masking;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.region.Regions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Security-admin pages: accounts inside the admin's own jurisdiction. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final int PAGE_SIZE = 20;

	/** The form's fields top to bottom (account/user-form.html), the order of its error summary. */
	private static final List<String> FIELD_ORDER = List.of("username", "displayName", "password", "phone", "roles",
			"jurisdiction", "department");

	private final UserManagement users;
	private final Regions regions;
	private final Messages messages;
	private final Callers callers;

	UserAdminController(UserManagement users, Regions regions, Messages messages, Callers callers) {
		this.callers = callers;
		this.users = users;
		this.regions = regions;
		this.messages = messages;
	}

	/** Every page here is for security admins only (the services check it too; the forms have no service call). */
	@ModelAttribute
	void securityAdminOnly() {
		callers.holding("account.forbidden.manage", Role.SECURITY_ADMIN);
	}

	/** Labels of the form's fields for the error summary above the form. */
	@ModelAttribute("fieldLabels")
	Map<String, String> fieldLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		FIELD_ORDER.forEach(field -> labels.put(field, messages.get("account.field." + field)));
		return labels;
	}

	@ModelAttribute("errorOrder")
	List<String> errorOrder() {
		return FIELD_ORDER;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("departments")
	Department[] departments() {
		return Department.values();
	}

	/** National admins choose 全国 ({@code CN}) by leaving the province at 全部; the form says so. */
	@ModelAttribute("nationalAdmin")
	boolean nationalAdmin() {
		return "CN".equals(CurrentUser.get().jurisdiction());
	}

	/**
	 * The region a form's jurisdiction will be set to, as the region picker leaves it: an empty lower level means the
	 * level above, so with nothing chosen it is the admin's own region, which the form says.
	 */
	record JurisdictionResult(String code, String name, boolean own) {
	}

	@GetMapping("/jurisdiction-result")
	String jurisdictionResult(@RequestParam(required = false) String jurisdiction, Model model) {
		model.addAttribute("jurisdictionResult", jurisdictionResult(jurisdiction));
		return "account/user-form :: jurisdictionResult";
	}

	private JurisdictionResult jurisdictionResult(String jurisdiction) {
		String own = CurrentUser.get().jurisdiction();
		String code = jurisdiction == null ? "" : jurisdiction.trim();
		if (code.isEmpty() || !Regions.within(own, code) || (!Regions.COUNTRY.equals(code) && regions.find(code).isEmpty())) {
			code = own;
		}
		return new JurisdictionResult(code, regions.fullName(code), code.equals(own));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// a page beyond every list (an address edited by hand) shows the message instead of a failed query
		Map<String, String> filterErrors = new LinkedHashMap<>();
		Paging.problems(Math.max(page, 0), PAGE_SIZE).forEach(p -> filterErrors.put(p.field(), p.message()));
		Page<UserView> found = filterErrors.isEmpty()
				? users.search(CurrentUser.get(), q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")))
				: Page.empty(PageRequest.of(0, PAGE_SIZE));
		model.addAttribute("filterErrors", filterErrors);
		model.addAttribute("users", found.getContent());
		model.addAttribute("page", found);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		return "account/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		UserForm form = new UserForm();
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		model.addAttribute("jurisdictionResult", jurisdictionResult(form.getJurisdiction()));
		return "account/user-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				UserView created = users.create(CurrentUser.get(), new NewUser(form.getUsername(), form.getDisplayName(),
						form.getPassword(), form.getRoles(), form.getJurisdiction(), form.getDepartment(), form.getPhone()));
				redirect.addFlashAttribute("flash", messages.get("account.page.created", created.username()));
				return "redirect:/admin/users/" + created.id();
			}
			catch (InvalidInputException e) {
				errors = e.messagesByField();
			}
			catch (ForbiddenException e) {
				errors = Map.of("jurisdiction", e.getMessage());
			}
			catch (ConflictException e) {
				errors = Map.of("username", e.getMessage());
			}
		}
		form.setPassword(null);
		model.addAttribute("errors", errors);
		model.addAttribute("jurisdictionResult", jurisdictionResult(form.getJurisdiction()));
		return "account/user-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		UserView user = users.get(CurrentUser.get(), id);
		model.addAttribute("user", user);
		model.addAttribute("maskedPhone", Masking.phone(user.phone()));
		model.addAttribute("errors", Map.of());
		return "account/user";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		UserView user = users.get(CurrentUser.get(), id);
		model.addAttribute("user", user);
		UserForm form = UserForm.of(user);
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		model.addAttribute("jurisdictionResult", jurisdictionResult(form.getJurisdiction()));
		return "account/user-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				users.update(CurrentUser.get(), id, new UserChange(form.getDisplayName(), form.getRoles(),
						form.getJurisdiction(), form.getDepartment(), form.getPhone(), form.getVersion()));
				redirect.addFlashAttribute("flash", messages.get("account.page.saved"));
				return "redirect:/admin/users/" + id;
			}
			catch (InvalidInputException e) {
				errors = e.messagesByField();
			}
			catch (ForbiddenException e) {
				errors = Map.of("jurisdiction", e.getMessage());
			}
			catch (ConflictException e) {
				model.addAttribute("alert", e.getMessage());
			}
			catch (OptimisticLockingFailureException e) {
				model.addAttribute("alert", messages.get("account.page.stale"));
				model.addAttribute("stale", true);
			}
		}
		model.addAttribute("user", users.get(CurrentUser.get(), id));
		model.addAttribute("errors", errors);
		model.addAttribute("jurisdictionResult", jurisdictionResult(form.getJurisdiction()));
		return "account/user-form";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, messages.get("account.page.disabled"), () -> users.disable(CurrentUser.get(), id));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, messages.get("account.page.enabled"), () -> users.enable(CurrentUser.get(), id));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, messages.get("account.page.unlocked"), () -> users.unlock(CurrentUser.get(), id));
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
			RedirectAttributes redirect) {
		try {
			users.resetPassword(CurrentUser.get(), id, password);
			redirect.addFlashAttribute("flash", messages.get("account.page.passwordReset"));
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException e) {
			UserView user = users.get(CurrentUser.get(), id);
			model.addAttribute("user", user);
			model.addAttribute("maskedPhone", Masking.phone(user.phone()));
			model.addAttribute("errors", e.messagesByField());
			return "account/user";
		}
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (NotAllowedNowException | ConflictException e) {
			redirect.addFlashAttribute("failure", e.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}
}
