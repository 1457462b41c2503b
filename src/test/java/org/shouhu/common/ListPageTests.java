package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ListPageTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anUncountedPageHasTheFourFieldsOfApiMdOnly() {
		ListPage<String> page = ListPage.of(List.of("a", "b", "c"), Paging.of(1, 2));
		assertThat(json.writeValueAsString(page)).isEqualTo("{\"items\":[\"a\",\"b\"],\"page\":1,\"size\":2,\"hasNext\":true}");
	}

	@Test
	void aCountedPageAddsTotalAndWhetherCountingStopped() {
		assertThat(json.writeValueAsString(ListPage.counted(List.of("a"), Paging.of(0, 20), 1)))
			.isEqualTo("{\"items\":[\"a\"],\"page\":0,\"size\":20,\"hasNext\":false,\"total\":1,\"totalCapped\":false}");
		ListPage<String> capped = ListPage.counted(List.of("a"), Paging.of(0, 20), ListPage.COUNT_CAP + 1);
		assertThat(capped.total()).isEqualTo(ListPage.COUNT_CAP);
		assertThat(capped.totalCapped()).isTrue();
	}

	@Test
	void mappingKeepsThePaging() {
		ListPage<Integer> lengths = ListPage.counted(List.of("ab", "c"), Paging.of(0, 1), 2).map(String::length);
		assertThat(lengths).isEqualTo(new ListPage<>(List.of(2), 0, 1, true, 2L, false));
	}

	@Test
	void thePagingCheckKeepsEveryOffsetInsideAnInt() {
		Paging last = Paging.of((Integer.MAX_VALUE - 201) / 200, 200);
		assertThat((long) last.offset() + last.limitPlusOne()).isLessThanOrEqualTo(Integer.MAX_VALUE);
		assertThatThrownBy(() -> Paging.of(last.page() + 1, 200)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
				.containsExactly("page"));
		assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, 1)).isInstanceOf(InvalidInputException.class);
		assertThat(Paging.problems(0, 0)).extracting(FieldProblem::field).containsExactly("size");
		assertThat(Paging.problems(-1, 201)).extracting(FieldProblem::field).containsExactly("size", "page");
	}
}
