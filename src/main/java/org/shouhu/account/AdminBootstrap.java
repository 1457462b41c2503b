package org.shouhu.account;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.shouhu.common.ConflictException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates the bootstrap account {@code admin} (安全管理员 + 系统管理员, jurisdiction {@code CN}) when no account
 * exists: with {@code shouhu.admin-password} (env {@code SHOUHU_ADMIN_PASSWORD}), or a random strong password printed
 * once to the log. Runs after the regions are loaded.
 */
@Component
class AdminBootstrap implements ApplicationRunner, Ordered {

	static final String ADMIN = "admin";
	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserManagement users;
	private final String configuredPassword;

	AdminBootstrap(UserManagement users, @Value("${shouhu.admin-password:}") String configuredPassword) {
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.anyUserExists()) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		try {
			users.createUser(new NewUser(ADMIN, "系统管理员", password, EnumSet.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN),
					Regions.COUNTRY, null, null));
		}
		catch (InvalidInputException e) {
			throw new IllegalStateException("SHOUHU_ADMIN_PASSWORD is refused by the password policy: " + e.getMessage(), e);
		}
		catch (ConflictException e) {
			return; // another instance created it at the same moment
		}
		if (generated) {
			log.warn("""

					================================================================
					 Created the bootstrap account 'admin' with password: {}
					 Shown only this once: sign in and keep it safe.
					================================================================""", password);
		}
		else {
			log.info("Created the bootstrap account 'admin' with the configured password (shouhu.admin-password, env SHOUHU_ADMIN_PASSWORD)");
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		// guarantees upper, lower, digit and symbol whatever the random part holds
		return password.append("Aa7!").toString();
	}
}
