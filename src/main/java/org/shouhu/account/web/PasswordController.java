package org.shouhu.account.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.PasswordChangeGate;
import org.shouhu.account.UserManagement;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码: every signed-in user changes their own password here; a user whose password a security admin chose is
 * kept on this page ({@link PasswordChangeGate}) until they have.
 */
@Controller
class PasswordController {

	/** The form's fields top to bottom (account/password.html), the order of its error summary. */
	private static final List<String> FIELD_ORDER = List.of("currentPassword", "newPassword", "confirmPassword");

	private final UserManagement users;
	private final Messages messages;

	PasswordController(UserManagement users, Messages messages) {
		this.users = users;
		this.messages = messages;
	}

	@ModelAttribute("errorOrder")
	List<String> errorOrder() {
		return FIELD_ORDER;
	}

	@GetMapping(PasswordChangeGate.PAGE)
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("required", PasswordChangeGate.required(request));
		model.addAttribute("errors", Map.of());
		return "account/password";
	}

	@PostMapping(PasswordChangeGate.PAGE)
	String change(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String> errors;
		if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(confirmPassword)) {
			errors = Map.of("confirmPassword", messages.get("account.password.mismatch"));
		}
		else {
			try {
				users.changeOwnPassword(CurrentUser.get(), currentPassword, newPassword);
				PasswordChangeGate.clear(request);
				redirect.addFlashAttribute("flash", messages.get("account.password.changed"));
				return "redirect:/";
			}
			catch (InvalidInputException e) {
				errors = e.messagesByField();
			}
		}
		model.addAttribute("required", PasswordChangeGate.required(request));
		model.addAttribute("errors", errors);
		return "account/password";
	}
}
