package org.shouhu.care.web;

import java.util.Arrays;
import java.util.List;

import org.shouhu.care.AssessmentArea;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.AssessmentItem;
import org.shouhu.care.AssessmentOption;

/**
 * {@code GET /api/v1/assessment-form}: {@code {"version","mediumFrom","highFrom","maxScore","areas":[{"code","label",
 * "items":[{"code","question","options":[{"code","label","grade","score","redFlag"}]}]}]}}.
 */
record AssessmentFormView(int version, int mediumFrom, int highFrom, int maxScore, List<Area> areas) {

	static AssessmentFormView current() {
		return new AssessmentFormView(AssessmentForm.VERSION, AssessmentForm.MEDIUM_FROM, AssessmentForm.HIGH_FROM,
				AssessmentForm.maxScore(), Arrays.stream(AssessmentArea.values()).map(Area::of).toList());
	}

	record Area(String code, String label, List<Item> items) {

		static Area of(AssessmentArea area) {
			return new Area(area.name(), area.label(), AssessmentForm.items(area).stream().map(Item::of).toList());
		}
	}

	record Item(String code, String question, List<Option> options) {

		static Item of(AssessmentItem item) {
			return new Item(item.code(), item.question(), item.options().stream().map(Option::of).toList());
		}
	}

	record Option(String code, String label, String grade, int score, boolean redFlag) {

		static Option of(AssessmentOption option) {
			return new Option(option.code(), option.label(), option.gradeLabel(), option.score(), option.redFlag());
		}
	}
}
