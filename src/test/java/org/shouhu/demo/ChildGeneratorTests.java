package org.shouhu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.child.Category.DE_FACTO_UNSUPPORTED;
import static org.shouhu.child.Category.DISABILITY_DIFFICULTY;
import static org.shouhu.child.Category.GUARDIANSHIP_DIFFICULTY;
import static org.shouhu.child.Category.LEFT_BEHIND;
import static org.shouhu.child.Category.ORPHAN;
import static org.shouhu.child.Category.POVERTY_DIFFICULTY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shouhu.child.Category;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.child.IdNumber;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ChildGeneratorTests {

	private static final String VILLAGE = "610330101202";

	@Autowired
	ChildManagement children;

	@Autowired
	Clock clock;

	@Test
	void everyFamilyScenarioGivesTheCategoriesItStandsFor() {
		Map<FamilyScenario, Set<Category>> expected = Map.ofEntries(
				Map.entry(FamilyScenario.BOTH_MIGRANT, EnumSet.of(LEFT_BEHIND)),
				Map.entry(FamilyScenario.MIGRANT_AND_INCAPABLE, EnumSet.of(LEFT_BEHIND)),
				Map.entry(FamilyScenario.MIGRANT_AND_DECEASED, EnumSet.of(LEFT_BEHIND)),
				Map.entry(FamilyScenario.ORPHAN, EnumSet.of(ORPHAN, GUARDIANSHIP_DIFFICULTY)),
				Map.entry(FamilyScenario.IMPRISONED_AND_LOST, EnumSet.of(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY)),
				Map.entry(FamilyScenario.DECEASED_AND_DISABLED,
						EnumSet.of(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY, POVERTY_DIFFICULTY)),
				Map.entry(FamilyScenario.LOST_CONTACT_RECENTLY, EnumSet.of(LEFT_BEHIND)),
				Map.entry(FamilyScenario.POVERTY, EnumSet.of(POVERTY_DIFFICULTY)),
				Map.entry(FamilyScenario.DISABLED_CHILD, EnumSet.of(DISABILITY_DIFFICULTY)),
				Map.entry(FamilyScenario.UNGUARDED, EnumSet.of(LEFT_BEHIND, GUARDIANSHIP_DIFFICULTY)),
				Map.entry(FamilyScenario.URBAN_MIGRANT, EnumSet.noneOf(Category.class)),
				Map.entry(FamilyScenario.ORDINARY, EnumSet.noneOf(Category.class)));
		ChildGenerator generator = new ChildGenerator(new Random(), LocalDate.now(clock));
		for (FamilyScenario scenario : FamilyScenario.values()) {
			for (int i = 0; i < 4; i++) {
				ChildView child = children.registerAsSystem(generator.next(VILLAGE, "测试村", scenario), "测试");
				Set<Category> categories = child.categories().stream().map(c -> c.code()).collect(Collectors.toSet());
				assertThat(categories).as(scenario.name()).isEqualTo(expected.get(scenario));
			}
		}
	}

	@Test
	void generatedIdNumbersPassTheNationalCheckAndAgreeWithBirthDateAndGender() {
		ChildGenerator generator = new ChildGenerator(new Random(), LocalDate.now(clock));
		for (int i = 0; i < 200; i++) {
			var file = generator.next(VILLAGE, "测试村");
			IdNumber id = IdNumber.parse(file.idNumber()).orElseThrow();
			assertThat(id.birthDate()).isEqualTo(file.birthDate());
			assertThat(id.gender()).isEqualTo(file.gender());
			assertThat(file.idNumber()).startsWith("610330");
		}
	}
}
