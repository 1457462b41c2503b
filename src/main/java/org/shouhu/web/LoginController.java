package org.shouhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Logins;
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

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			HttpServletRequest request, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "账号已锁定，请30分钟后再试或联系安全管理员";
				case "disabled" -> "账号已停用";
				default -> "用户名或密码错误";
			});
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
