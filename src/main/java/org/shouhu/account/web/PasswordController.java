package org.shouhu.account.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.PasswordChangeGate;
import org.shouhu.account.UserManagement;
import org.shouhu.common.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码: every signed-in user changes their own password here; a user whose password a security admin chose is
 * kept on this page ({@link PasswordChangeGate}) until they have.
 */
@Controller
class PasswordController {

	private final UserManagement users;

	PasswordController(UserManagement users) {
		this.users = users;
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
			errors = Map.of("confirmPassword", "两次输入的新密码不一致");
		}
		else {
			try {
				users.changeOwnPassword(CurrentUser.get(), currentPassword, newPassword);
				PasswordChangeGate.clear(request);
				redirect.addFlashAttribute("flash", "密码已修改。以后请用新密码登录；其他设备上的登录已退出。");
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
