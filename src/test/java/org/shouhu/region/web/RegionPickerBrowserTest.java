package org.shouhu.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.shouhu.testing.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The region picker on a phone: cascade from the provinces down to a township and see its villages.
 * <p>
 * Logs in through Spring Boot's default login page as {@code spring.security.user}; {@link TesterLogin} turns that
 * login into a {@link CurrentUser} principal (jurisdiction {@code CN}), the contract every page relies on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.security.user.name=tester", "spring.security.user.password=Tester-Passw0rd" })
class RegionPickerBrowserTest extends BrowserTest {

	@Autowired
	Regions regions;

	@Test
	void cascadesFromProvinceToTownshipAndListsItsVillagesOnAPhone() {
		loginAs("tester", "Tester-Passw0rd");
		open("/regions");
		assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("区划查询");

		pick("region-code-province", "陕西省");
		pick("region-code-city", "宝鸡市");
		pick("region-code-county", "凤县");
		pick("region-code-township", "凤州镇");

		waitUntil(d -> d.findElement(By.id("region-children")).getText().contains("610330101"));
		List<String> listed = driver().findElements(By.cssSelector("#region-children td.region-code")).stream()
				.map(WebElement::getText).toList();
		List<Region> villages = regions.children("610330101");
		assertThat(listed).containsExactlyElementsOf(villages.stream().map(Region::getCode).toList());
		assertThat(driver().findElement(By.id("region-children")).getText()).contains(villages.get(0).getName());
		assertThat(new Select(driver().findElement(By.id("region-code-village"))).getOptions())
				.hasSize(villages.size() + 1);
		assertThat(driver().findElement(By.cssSelector("#region-browser input[name='code']")).getAttribute("value"))
				.isEqualTo("610330101");
		assertThat(driver().getCurrentUrl()).endsWith("/regions?code=610330101");

		screenshot("region-picker-phone");
		fullPageScreenshot("region-picker-phone-full");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	@Test
	void choosingTheEmptyOptionGoesBackToTheLevelAbove() {
		loginAs("tester", "Tester-Passw0rd");
		open("/regions?code=610330101");
		assertThat(new Select(driver().findElement(By.id("region-code-township"))).getFirstSelectedOption().getText())
				.isEqualTo("凤州镇");

		pick("region-code-county", "全部");

		waitUntil(d -> d.findElements(By.id("region-code-township")).isEmpty());
		waitUntil(d -> d.findElement(By.cssSelector("#region-browser input[name='code']")).getAttribute("value").equals("6103"));
		waitUntil(d -> d.findElement(By.id("region-children")).getText().contains("凤县"));
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private void pick(String selectId, String option) {
		choose(By.id(selectId), option);
		waitForHtmx();
		waitUntil(d -> new Select(d.findElement(By.id(selectId))).getFirstSelectedOption().getText().equals(option));
	}

	/** Stands in for the account module's login on this branch: {@code tester} becomes a CurrentUser for all of China. */
	@TestConfiguration
	static class TesterLogin {

		@Bean
		AuthenticationProvider testerLogin(@Value("${spring.security.user.name}") String name,
				@Value("${spring.security.user.password}") String password) {
			return new AuthenticationProvider() {
				@Override
				public Authentication authenticate(Authentication authentication) {
					if (!name.equals(authentication.getName()) || !password.equals(authentication.getCredentials())) {
						throw new BadCredentialsException("用户名或密码错误");
					}
					CurrentUser user = new CurrentUser(1, name, "测试员", Set.of(Role.CIVIL_AFFAIRS), Regions.COUNTRY, null);
					return UsernamePasswordAuthenticationToken.authenticated(user, null,
							List.of(new SimpleGrantedAuthority("ROLE_CIVIL_AFFAIRS")));
				}

				@Override
				public boolean supports(Class<?> authentication) {
					return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
				}
			};
		}
	}
}
