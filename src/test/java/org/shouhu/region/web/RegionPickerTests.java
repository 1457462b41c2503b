package org.shouhu.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cascading region picker endpoint and the region browser page that uses it. */
@PageTest
class RegionPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void rendersOneSelectPerLevelFromTheRootDownToTheValueAndTheNextLevelToChoose() throws Exception {
		Picker picker = picker(as("CN"), "field=villageCode&root=CN&code=610330101&level=VILLAGE");

		assertThat(picker.labels()).containsExactly("省", "市", "县", "乡镇", "村");
		assertThat(picker.selected()).containsExactly("61", "6103", "610330", "610330101", "");
		assertThat(picker.hidden("villageCode")).isEqualTo("610330101");
		assertThat(picker.html()).contains(">凤州镇</option>", ">太白县</option>");
		Region village = regions.children("610330101").get(0);
		assertThat(picker.html()).contains("<option value=\"" + village.getCode() + "\">" + village.getName() + "</option>");
	}

	@Test
	void offersTheProvincesFirstWhenNothingIsChosenBelowTheCountry() throws Exception {
		Picker picker = picker(as("CN"), "field=regionCode&root=CN&level=TOWNSHIP");

		assertThat(picker.labels()).containsExactly("省");
		assertThat(picker.selected()).containsExactly("");
		assertThat(picker.hidden("regionCode")).isEqualTo("CN");
		assertThat(picker.html()).contains(">陕西省</option>", ">广东省</option>");
	}

	@Test
	void stopsAtTheDeepestLevelTheFormNeeds() throws Exception {
		String village = regions.children("610330101").get(0).getCode();
		Picker picker = picker(as("CN"), "field=regionCode&root=6103&code=" + village + "&level=TOWNSHIP");

		assertThat(picker.labels()).containsExactly("县", "乡镇");
		assertThat(picker.selected()).containsExactly("610330", "610330101");
		assertThat(picker.hidden("regionCode")).isEqualTo("610330101");
	}

	@Test
	void takesTheEmptyOptionAsAllOfTheLevelAbove() throws Exception {
		// the empty option of the county select carries the city's code
		MockHttpServletResponse response = mvc.perform(get("/regions/picker?field=regionCode&root=61&code=6103&level=VILLAGE&mode=filter")
				.with(as("CN"))).andExpect(status().isOk()).andReturn().getResponse();
		Picker picker = new Picker(response.getContentAsString());

		assertThat(picker.labels()).containsExactly("市", "县");
		assertThat(picker.selected()).containsExactly("6103", "");
		assertThat(picker.hidden("regionCode")).isEqualTo("6103");
		assertThat(picker.html()).contains("<option value=\"6103\">全部</option>");
		assertThat(response.getHeader("HX-Trigger-After-Swap"))
				.isEqualTo("{\"regionPicked\":{\"field\":\"regionCode\",\"code\":\"6103\"}}");
	}

	@Test
	void ignoresAValueOutsideTheRoot() throws Exception {
		Picker picker = picker(as("CN"), "field=villageCode&root=6103&code=440304&level=VILLAGE");

		assertThat(picker.hidden("villageCode")).isEqualTo("6103");
		assertThat(picker.labels()).containsExactly("县");
		assertThat(picker.selected()).containsExactly("");
		assertThat(picker.html()).doesNotContain("深圳");
	}

	@Test
	void ignoresARootOutsideTheCallersJurisdiction() throws Exception {
		Picker picker = picker(as("610330"), "field=villageCode&root=CN&code=440304&level=VILLAGE");

		assertThat(picker.labels()).containsExactly("乡镇");
		assertThat(picker.hidden("villageCode")).isEqualTo("610330");
		assertThat(picker.html()).contains(">凤州镇</option>").doesNotContain("陕西省", "太白县", "深圳");

		Picker sibling = picker(as("610330"), "field=villageCode&root=610331&level=VILLAGE");
		assertThat(sibling.hidden("villageCode")).isEqualTo("610330");
		assertThat(sibling.html()).doesNotContain("太白");
	}

	@Test
	void theCountryModeOffersTheWholeCountryToACallerOfOneCounty() throws Exception {
		Picker start = picker(as("610330"), "field=toVillageCode&mode=country&level=VILLAGE");
		assertThat(start.labels()).containsExactly("省");
		assertThat(start.hidden("toVillageCode")).isEqualTo("CN");
		assertThat(start.html()).contains(">陕西省</option>", ">广东省</option>");

		Picker far = picker(as("610330"), "field=toVillageCode&mode=country&code=440304&level=VILLAGE");
		assertThat(far.labels()).containsExactly("省", "市", "县", "乡镇");
		assertThat(far.selected()).containsExactly("44", "4403", "440304", "");
		assertThat(far.hidden("toVillageCode")).isEqualTo("440304");
		// the mode travels back with each change, so the next choice stays country-wide
		assertThat(far.html()).contains("&quot;mode&quot;:&quot;country&quot;");

		Picker ignoredRoot = picker(as("610330"), "field=toVillageCode&mode=country&root=610330&code=4403&level=VILLAGE");
		assertThat(ignoredRoot.selected()).startsWith("44", "4403");
	}

	@Test
	void keepsARootInsideTheCallersJurisdiction() throws Exception {
		Picker picker = picker(as("61"), "field=villageCode&root=610330&code=610330101&level=VILLAGE");

		assertThat(picker.labels()).containsExactly("乡镇", "村");
		assertThat(picker.selected()).containsExactly("610330101", "");
	}

	@Test
	void takesTheRootAsGivenWhenTheCallerHasNoJurisdiction() throws Exception {
		Picker picker = picker(user("x"), "field=villageCode&root=CN&code=610330&level=VILLAGE");

		assertThat(picker.labels()).containsExactly("省", "市", "县", "乡镇");
		assertThat(picker.selected()).containsExactly("61", "6103", "610330", "");
	}

	@Test
	void showsTheRootAloneWhenThereIsNothingBelowItToChoose() throws Exception {
		String village = regions.children("610330101").get(0).getCode();
		Picker picker = picker(as(village), "field=villageCode&level=VILLAGE");

		assertThat(picker.labels()).isEmpty();
		assertThat(picker.hidden("villageCode")).isEqualTo(village);
		assertThat(picker.html()).contains(regions.name(village));
	}

	@Test
	void refusesAnInvalidFieldName() throws Exception {
		mvc.perform(get("/regions/picker?field=%22%3E%3Cscript%3E&root=CN").with(as("CN"))).andExpect(status().isBadRequest());
	}

	@Test
	void browserPageListsTheChildrenOfTheChosenRegionWithCodes() throws Exception {
		String html = mvc.perform(get("/regions?code=610330101").with(as("CN")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("区划查询", "陕西省宝鸡市凤县凤州镇");
		for (Region village : regions.children("610330101")) {
			assertThat(html).contains(village.getCode(), village.getName());
		}
		assertThat(new Picker(html).selected()).containsExactly("61", "6103", "610330", "610330101", "");
	}

	@Test
	void browserPageStaysInsideTheCallersJurisdiction() throws Exception {
		String html = mvc.perform(get("/regions?code=4403").with(as("610330")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("陕西省宝鸡市凤县", "凤州镇").doesNotContain("深圳", "罗湖");
	}

	@Test
	void browserPageStartsWithTheProvinces() throws Exception {
		String html = mvc.perform(get("/regions").with(as("CN")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("全国", "陕西省", "广东省");
	}

	private Picker picker(RequestPostProcessor caller, String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/regions/picker?" + query).with(caller);
		return new Picker(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	static RequestPostProcessor as(String jurisdiction) {
		CurrentUser user = new CurrentUser(7, "picker-" + jurisdiction, "区划测试", Set.of(Role.CIVIL_AFFAIRS), jurisdiction, null);
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_CIVIL_AFFAIRS"))));
	}

	/** Reads the rendered picker: labels and selected code of each select, hidden inputs. */
	record Picker(String html) {

		private static final Pattern LABEL = Pattern.compile("<label for=\"region-[^\"]*\">([^<]*)</label>");
		private static final Pattern SELECT = Pattern.compile("<select[^>]*>(.*?)</select>", Pattern.DOTALL);
		private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\w+)\" selected=\"selected\">");

		List<String> labels() {
			return all(LABEL, html);
		}

		/** Per select, the chosen code or "" when none is chosen. */
		List<String> selected() {
			List<String> selected = new ArrayList<>();
			Matcher select = SELECT.matcher(html);
			while (select.find()) {
				List<String> chosen = all(SELECTED, select.group(1));
				assertThat(chosen).hasSizeLessThanOrEqualTo(1);
				selected.add(chosen.isEmpty() ? "" : chosen.get(0));
			}
			return selected;
		}

		String hidden(String name) {
			List<String> values = all(Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\">"), html);
			assertThat(values).hasSize(1);
			return values.get(0);
		}

		private static List<String> all(Pattern pattern, String text) {
			List<String> found = new ArrayList<>();
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
			return found;
		}
	}
}
