package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;
import org.shouhu.common.Messages;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ExportRows} is the inverse of the importer's parser ({@link ImportRowMapper}): every value of every coded
 * column, each 残疾等级, yes/no, dates and multi-value cells, written as cells and read back, give the file again
 * (as far as the template carries it), with no cell refused.
 */
@IntegrationTest
class ExportRowsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Messages messages;

	@Test
	void everyLabelOfEveryColumnReadsBackAsTheSameFile() {
		ImportRowMapper mapper = new ImportRowMapper(messages);
		List<ChildFile> files = files();
		for (int i = 0; i < files.size(); i++) {
			ChildFile file = files.get(i);
			List<String> cells = ExportRows.cells(file, TODAY);
			assertThat(cells).hasSize(TemplateColumns.values().length);
			ImportRowMapper.Mapped read = mapper.map(new ImportWorkbook.Row(i + 2, cells.toArray(String[]::new)));
			assertThat(read.problems()).as("row %d: %s", i, cells).isEmpty();
			assertThat(read.file()).as("row %d: %s", i, cells).isEqualTo(templatePart(file));
		}
	}

	@Test
	void situationsAreTheCurrentOnesInTheFilesOrderAndGradesAreWords() {
		ChildFile.Parent father = new ChildFile.Parent("父", null, null, null, List.of(
				new ChildFile.ParentSituation(SituationType.LOST_CONTACT, null, null),
				new ChildFile.ParentSituation(SituationType.IMPRISONED, LocalDate.of(2019, 1, 1), TODAY.minusDays(1)),
				new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, null, TODAY),
				new ChildFile.ParentSituation(SituationType.LOST_CONTACT, TODAY.minusYears(1), null)), null);
		ChildFile file = file(0).father(father).build();
		assertThat(ExportRows.row(file, TODAY).get(TemplateColumns.FATHER_SITUATION)).isEqualTo("失联、外出务工");
		assertThat(ExportRows.row(file, TODAY).get(TemplateColumns.MOTHER_SITUATION)).isNull();
		assertThat(List.of(1, 2, 3, 4).stream().map(ExportRows::grade)).containsExactly("一级", "二级", "三级", "四级");
	}

	/** Files that together use every label of every coded column. */
	private static List<ChildFile> files() {
		List<ChildFile> files = new ArrayList<>();
		int n = max(SituationType.values().length, SchoolingStatus.values().length, GuardianshipGrade.values().length);
		for (int i = 0; i < n; i++) {
			files.add(file(i).build());
		}
		ChildFile bare = new ChildFile("无户口", null, Gender.MALE, LocalDate.of(2016, 2, 29), null, false, null, null,
				"610330101200", null, null, null, null, null, null, null, false, List.of(), List.of(), null, null);
		files.add(bare);
		return files;
	}

	private static Builder file(int i) {
		return new Builder(i);
	}

	private static final class Builder {

		private final int i;
		private ChildFile.Parent father;

		Builder(int i) {
			this.i = i;
		}

		Builder father(ChildFile.Parent father) {
			this.father = father;
			return this;
		}

		ChildFile build() {
			SituationType[] types = SituationType.values();
			Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
			LocalDate born = LocalDate.of(2012, 1 + i % 12, 1 + i);
			HealthStatus health = pick(HealthStatus.values());
			ChildFile.Parent dad = father != null ? father
					: new ChildFile.Parent("父" + i, IdNumbers.adult(), "1380000" + (1000 + i), LocalDate.of(1980, 1, 1),
							List.of(new ChildFile.ParentSituation(types[(i + 3) % types.length], LocalDate.of(2020, 1, 1), null),
									new ChildFile.ParentSituation(types[i % types.length], null, null)),
							"广东省深圳市");
			ChildFile.Parent mom = i % 3 == 0 ? null
					: new ChildFile.Parent("母" + i, null, null, null,
							List.of(new ChildFile.ParentSituation(types[(types.length - 1 - i + types.length) % types.length],
									null, null)), null);
			return new ChildFile("童" + i, IdNumbers.random(born, gender), gender, born, i % 2 == 0 ? "汉族" : "藏族", true,
					pick(HukouType.values()), "户籍地" + i, "610330101200", i % 4 == 0 ? null : "地址" + i,
					new ChildFile.Health(health, health == HealthStatus.DISABLED ? "视力残疾" : null,
							health == HealthStatus.DISABLED ? 1 + i % 4 : null,
							health == HealthStatus.SERIOUSLY_ILL ? "先天性心脏病" : null),
					new ChildFile.Schooling(pick(SchoolingStatus.values()), "学校" + i, i % 3 == 0 ? null : i % 3 == 1),
					dad, mom,
					i % 5 == 4 ? null
							: new ChildFile.Caregiver("照护" + i, i % 2 == 0 ? IdNumbers.adult() : null, "1390000" + (1000 + i),
									pick(CaregiverRelation.values()), "住址" + i, i % 2 == 0 ? LocalDate.of(2024, 1 + i % 12, 28) : null,
									new ChildFile.CaregiverChecklist(true, true, List.of())),
					pick(GuardianshipGrade.values()), i % 4 == 1,
					List.of(pick(FamilyIncome.values()), FamilyIncome.values()[(i + 2) % FamilyIncome.values().length]),
					i % 3 == 2 ? List.of() : List.of(pick(FamilyAssistance.values())),
					i % 2 == 0 ? null : "备注" + i + "，含标点、顿号", 7L);
		}

		private <E> E pick(E[] values) {
			return values[i % values.length];
		}
	}

	/** What of {@code f} the template carries, as the importer builds it. */
	private static ChildFile templatePart(ChildFile f) {
		return new ChildFile(f.name(), f.idNumber(), f.gender(), f.birthDate(), f.ethnicity(), f.hukouRegistered(),
				f.hukouType(), f.hukouAddress(), f.villageCode(), f.address(), f.health(), f.schooling(), parent(f.father()),
				parent(f.mother()),
				f.caregiver() == null ? null
						: new ChildFile.Caregiver(f.caregiver().name(), f.caregiver().idNumber(), f.caregiver().phone(),
								f.caregiver().relation(), f.caregiver().address(), f.caregiver().confirmationSignedOn()),
				f.guardianship(), f.livingAlone(), f.familyIncome(), f.familyAssistance(), f.remarks(), null);
	}

	private static ChildFile.Parent parent(ChildFile.Parent p) {
		if (p == null) {
			return null;
		}
		Set<SituationType> current = new LinkedHashSet<>();
		p.situations().stream().filter(s -> s.until() == null || !s.until().isBefore(TODAY)).forEach(s -> current.add(s.type()));
		return new ChildFile.Parent(p.name(), p.idNumber(), p.phone(), null,
				current.stream().map(t -> new ChildFile.ParentSituation(t, null, null)).toList(), p.workplace());
	}

	private static int max(int... values) {
		int max = 0;
		for (int v : values) {
			max = Math.max(max, v);
		}
		return max;
	}
}
