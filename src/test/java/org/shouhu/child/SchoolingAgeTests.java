package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouhu.common.FieldProblem;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.Children;
import org.springframework.beans.factory.annotation.Autowired;

/** A schooling status that cannot fit the child's age is refused on {@code schooling.status}, at each boundary. */
@IntegrationTest
class SchoolingAgeTests {

	@Autowired
	ChildFileValidator validator;

	@ParameterizedTest(name = "{0} at {1}: {2}")
	@CsvSource({
			"NOT_IN_KINDERGARTEN, 0, true", "NOT_IN_KINDERGARTEN, 6, true", "NOT_IN_KINDERGARTEN, 7, false",
			"NOT_IN_KINDERGARTEN, 12, false",
			"KINDERGARTEN, 1, false", "KINDERGARTEN, 2, true", "KINDERGARTEN, 7, true", "KINDERGARTEN, 8, false",
			"PRIMARY, 4, false", "PRIMARY, 5, true", "PRIMARY, 17, true",
			"JUNIOR_HIGH, 9, false", "JUNIOR_HIGH, 10, true",
			"SENIOR_HIGH, 12, false", "SENIOR_HIGH, 13, true",
			"VOCATIONAL, 12, false", "VOCATIONAL, 13, true",
			"DROPPED_OUT, 1, false", "DROPPED_OUT, 5, false", "DROPPED_OUT, 6, true", "DROPPED_OUT, 15, true",
			"NOT_IN_SCHOOL, 0, true", "NOT_IN_SCHOOL, 17, true" })
	void schoolingMustFitTheAge(SchoolingStatus status, int age, boolean fits) {
		List<FieldProblem> problems = schoolingProblems(status, Children.today().minusYears(age));
		if (fits) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).singleElement()
				.satisfies(p -> assertThat(p.message()).contains(status.label()).contains(age + "岁"));
		}
	}

	@ParameterizedTest(name = "{0}: one day before the birthday of {1}")
	@CsvSource({ "PRIMARY, 5", "DROPPED_OUT, 6", "KINDERGARTEN, 2" })
	void theAgeCountsInFullYears(SchoolingStatus status, int minimumAge) {
		LocalDate birthdayTomorrow = Children.today().minusYears(minimumAge).plusDays(1);
		assertThat(schoolingProblems(status, birthdayTomorrow)).isNotEmpty();
	}

	@org.junit.jupiter.api.Test
	void namesTheStatusAndTheAgeInChinese() {
		assertThat(schoolingProblems(SchoolingStatus.DROPPED_OUT, Children.today().minusYears(1)))
			.extracting(FieldProblem::message)
			.containsExactly("就学情况“辍学”与年龄（1岁）不符：辍学应年满6周岁");
		assertThat(schoolingProblems(SchoolingStatus.NOT_IN_KINDERGARTEN, Children.today().minusYears(12)))
			.extracting(FieldProblem::message)
			.containsExactly("就学情况“未入园”与年龄（12岁）不符：年满7周岁的儿童不应为未入园");
	}

	private List<FieldProblem> schoolingProblems(SchoolingStatus status, LocalDate birthDate) {
		ChildFile f = Children.leftBehindWithGrandparents().born(birthDate).build();
		ChildFile file = new ChildFile(f.name(), f.idNumber(), f.gender(), f.birthDate(), f.ethnicity(),
				f.hukouRegistered(), f.hukouType(), f.hukouAddress(), f.villageCode(), f.address(), f.health(),
				new ChildFile.Schooling(status, null, false), f.father(), f.mother(), f.caregiver(), f.guardianship(),
				f.livingAlone(), f.familyIncome(), f.familyAssistance(), f.remarks(), f.version());
		return validator.validate(file).stream().filter(p -> p.field().equals("schooling.status")).toList();
	}
}
