package org.shouhu.care.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.CareListEntry;
import org.shouhu.care.CareLists;
import org.shouhu.care.CloseAttentionReason;
import org.shouhu.child.Category;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.Gender;
import org.shouhu.common.ListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/close-attention?regionCode=&reason=&page=&size=}: children of the caller's jurisdiction on the
 * close-attention lists, newest file first, {@code {"items","page","size","hasNext"}}; each item
 * {@code {"childId","name","gender","age","villageCode","villageName","idNumber" (masked),"categories",
 * "closeAttention","reasons":[codes],"reasonLabels":[...],"homeVisitDueOn","homeVisitOverdue","openProblems"}}.
 * An unknown reason code → 400. Rules live in {@link CareLists}.
 */
@RestController
@Tag(name = "Close attention", description = "Children needing close attention, with the three lists.")
class CloseAttentionApi {

	private final CareLists lists;

	CloseAttentionApi(CareLists lists) {
		this.lists = lists;
	}

	@GetMapping("/api/v1/close-attention")
	@Operation(summary = "List children needing close attention", operationId = "listCloseAttention")
	ListPage<Item> list(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) CloseAttentionReason reason, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return lists.list(regionCode, reason, page, size).map(Item::of);
	}

	@Schema(name = "CloseAttentionItem")
	record Item(long childId, String name, Gender gender, int age, String villageCode, String villageName,
			String idNumber, List<Category> categories, boolean closeAttention, List<CloseAttentionReason> reasons,
			List<String> reasonLabels, LocalDate homeVisitDueOn, boolean homeVisitOverdue, long openProblems) {

		static Item of(CareListEntry entry) {
			ChildSummary child = entry.child();
			return new Item(child.id(), child.name(), child.gender(), child.age(), child.villageCode(),
					child.villageName(), child.idNumber(), child.categories(), entry.closeAttention(), entry.reasons(),
					entry.reasons().stream().map(CloseAttentionReason::label).toList(), entry.homeVisitDueOn(),
					entry.homeVisitOverdue(), entry.openProblems());
		}
	}
}
