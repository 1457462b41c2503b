package org.shouhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Logins;
import org.shouhu.common.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page; Spring Security processes the POST and redirects back with {@code ?error=bad|locked|disabled},
 * after which the page shows the username that was typed again.
 */
@Controller
class LoginController {

	private final Messages messages;

	LoginController(Messages messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			HttpServletRequest request, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("error", messages.get(switch (error) {
				case "locked" -> "web.login.locked";
				case "disabled" -> "web.login.disabled";
				default -> "web.login.failed";
			}));
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(Logins.LAST_USERNAME) instanceof String username) {
				model.addAttribute("username", username);
				session.removeAttribute(Logins.LAST_USERNAME);
			}
		}
		if (logout != null) {
			model.addAttribute("loggedOut", true);
		}
		return "login";
	}
}
