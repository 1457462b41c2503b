package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.region.RegionLevel;

class AccountRulesTests {

	@Test
	void refusesWeakPasswords() {
		assertThat(PasswordPolicy.problem("Ab1!", "x")).isPresent();
		assertThat(PasswordPolicy.problem("abcdefgh1", "x")).isPresent();
		assertThat(PasswordPolicy.problem("ABCDEFGH!", "x")).isPresent();
		assertThat(PasswordPolicy.problem("", "x")).isPresent();
		assertThat(PasswordPolicy.problem(null, "x")).isPresent();
	}

	@Test
	void refusesPasswordsOverSeventyTwoBytesEvenWhenShortInCharacters() {
		assertThat(PasswordPolicy.problem("Aa1!" + "密".repeat(30), "x")).contains("account.password.long");
		assertThat(PasswordPolicy.problem("Aa1!" + "密".repeat(22), "x")).isEmpty();
	}

	@Test
	void refusesPasswordsContainingTheUsername() {
		assertThat(PasswordPolicy.problem("Fx_zr_test1", "fx_zr_test")).contains("account.password.username");
		assertThat(PasswordPolicy.problem("My-FX_ZR_TEST", "fx_zr_test")).contains("account.password.username");
		assertThat(PasswordPolicy.problem("Other-Passw0rd", "fx_zr_test")).isEmpty();
	}

	@Test
	void refusesPasswordsContainingTheUsernameWhateverTheCaseAndSeparators() {
		assertThat(PasswordPolicy.problem("LiMing-2024!", "li.ming")).contains("account.password.username");
		assertThat(PasswordPolicy.problem("Li.Ming-2024!", "liming")).contains("account.password.username");
		assertThat(PasswordPolicy.problem("Zhang_Wei#88", "zhang-wei")).contains("account.password.username");
		assertThat(PasswordPolicy.problem("Wang-Fang#88", "li.ming")).isEmpty();
	}

	@Test
	void refusesTheMostCommonPasswordsWhateverTheirCase() {
		for (String common : List.of("Password1", "pASSWORD1", "Passw0rd", "P@ssw0rd", "Aa123456", "Admin@123",
				"Qq123456", "Woaini1314", "Abc@1234", "1qaz@WSX", "Qwer1234", "Welcome123!", "abcdef1!")) {
			assertThat(PasswordPolicy.problem(common, "x")).as(common).contains("account.password.common");
		}
		for (String tooSimpleAnyway : List.of("123456", "woaini1314", "qq123456", "a123456", "5201314")) {
			assertThat(PasswordPolicy.problem(tooSimpleAnyway, "x")).as(tooSimpleAnyway).isPresent();
		}
	}

	@Test
	void acceptsThePasswordsOfTheDemoTheBootstrapAndTheTests() {
		for (String used : List.of("Demo-Passw0rd", "Test-Passw0rd!", "Shouhu-Boot5trap!", "Initial-Passw0rd",
				"My-0wn-Secret!", "Good-Passw0rd", "Other-Passw0rd", "Fresh-Passw0rd", "New-Passw0rd!",
				"Bench-Passw0rd!", "Wrong-Passw0rd!")) {
			assertThat(PasswordPolicy.problem(used, "someone")).as(used).isEmpty();
		}
	}

	@Test
	void acceptsPasswordsWithThreeClassesAndEightCharacters() {
		assertThat(PasswordPolicy.problem("abcdEF12", "x")).isEmpty();
		assertThat(PasswordPolicy.problem("kqzmvb1!", "x")).isEmpty();
		assertThat(PasswordPolicy.problem("守护abcD1234", "x")).isEmpty();
	}

	@Test
	void directorsWorkAtVillagesAndSupervisorsAtTownships() {
		assertThat(RoleRules.check(Set.of(Role.CHILD_DIRECTOR), RegionLevel.VILLAGE, null)).isEmpty();
		assertThat(fields(RoleRules.check(Set.of(Role.CHILD_DIRECTOR), RegionLevel.TOWNSHIP, null)))
			.containsExactly("jurisdiction");
		assertThat(RoleRules.check(Set.of(Role.SUPERVISOR), RegionLevel.TOWNSHIP, null)).isEmpty();
		assertThat(RoleRules.check(Set.of(Role.SUPERVISOR), RegionLevel.COUNTY, null)).isNotEmpty();
		assertThat(RoleRules.check(Set.of(Role.CIVIL_AFFAIRS), RegionLevel.COUNTY, null)).isEmpty();
		assertThat(RoleRules.check(Set.of(Role.CIVIL_AFFAIRS), RegionLevel.COUNTRY, null)).isEmpty();
		assertThat(RoleRules.check(Set.of(Role.CIVIL_AFFAIRS), RegionLevel.TOWNSHIP, null)).isNotEmpty();
		assertThat(RoleRules.check(Set.of(Role.VIEWER), RegionLevel.VILLAGE, null)).isEmpty();
	}

	@Test
	void combinesRolesOnlyWhenTheLevelFitsAll() {
		assertThat(RoleRules.check(EnumSet.of(Role.CIVIL_AFFAIRS, Role.VIEWER), RegionLevel.COUNTY, null)).isEmpty();
		assertThat(RoleRules.check(EnumSet.of(Role.CHILD_DIRECTOR, Role.SUPERVISOR), RegionLevel.VILLAGE, null))
			.isNotEmpty();
	}

	@Test
	void keepsAdminRolesApartFromChildFileRolesAndAuditApartFromSecurity() {
		assertThat(fields(RoleRules.check(EnumSet.of(Role.SECURITY_ADMIN, Role.CIVIL_AFFAIRS), RegionLevel.COUNTY, null)))
			.contains("roles");
		assertThat(fields(RoleRules.check(EnumSet.of(Role.AUDIT_ADMIN, Role.SECURITY_ADMIN), RegionLevel.COUNTY, null)))
			.contains("roles");
		assertThat(RoleRules.check(EnumSet.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN), RegionLevel.COUNTRY, null)).isEmpty();
		assertThat(fields(RoleRules.check(Set.of(), RegionLevel.COUNTY, null))).containsExactly("roles");
	}

	@Test
	void departmentLiaisonsNeedADepartment() {
		assertThat(fields(RoleRules.check(Set.of(Role.DEPARTMENT), RegionLevel.COUNTY, null))).containsExactly("department");
		assertThat(RoleRules.check(Set.of(Role.DEPARTMENT), RegionLevel.COUNTY, Department.EDUCATION)).isEmpty();
	}

	@Test
	void statusChangesRefuseWhatIsNotAllowedNow() {
		Instant now = Instant.parse("2025-03-01T02:00:00Z");
		User user = new User("u", "U", "{noop}x", Set.of(Role.VIEWER), "610330", null, null, now);
		assertThatThrownBy(() -> user.enable(now)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> user.unlock(now)).isInstanceOf(IllegalStateException.class);
		user.disable(now);
		assertThatThrownBy(() -> user.disable(now)).isInstanceOf(IllegalStateException.class);
	}

	private static java.util.List<String> fields(java.util.List<RoleRules.Problem> problems) {
		return problems.stream().map(RoleRules.Problem::field).distinct().toList();
	}
}
