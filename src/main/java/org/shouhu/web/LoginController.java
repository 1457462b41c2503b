package org.shouhu.web;

import org.shouhu.account.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security processes the POST and redirects back with {@code ?error=bad|locked|disabled}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "账号已锁定，请30分钟后再试或联系安全管理员";
				case "disabled" -> "账号已停用";
				default -> "用户名或密码错误";
			});
		}
		if (logout != null) {
			model.addAttribute("loggedOut", true);
		}
		return "login";
	}
}
