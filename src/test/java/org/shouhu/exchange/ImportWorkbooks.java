package org.shouhu.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.child.Gender;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;

/**
 * Builds real xlsx workbooks for the import tests: the template's headers (or others) and rows given as cells per
 * column; a {@link LocalDate} becomes an Excel date cell, a {@link Number} a numeric cell, anything else text.
 */
final class ImportWorkbooks {

	private ImportWorkbooks() {
	}

	/** A valid row for a left-behind child of 9 in {@code village}, with a fresh ID number. */
	static Map<TemplateColumns, Object> row(String village) {
		LocalDate born = Children.today().minusYears(9).minusDays(40);
		return row(village, IdNumbers.random(born, Gender.MALE), born);
	}

	static Map<TemplateColumns, Object> row(String village, String idNumber, LocalDate born) {
		Map<TemplateColumns, Object> row = new EnumMap<>(TemplateColumns.class);
		row.put(TemplateColumns.NAME, Children.randomName("赵"));
		row.put(TemplateColumns.GENDER, "男");
		row.put(TemplateColumns.ETHNICITY, "汉族");
		row.put(TemplateColumns.BIRTH_DATE, born.toString());
		row.put(TemplateColumns.ID_NUMBER, idNumber);
		row.put(TemplateColumns.HUKOU_REGISTERED, "是");
		row.put(TemplateColumns.HUKOU_TYPE, "农村");
		row.put(TemplateColumns.VILLAGE_CODE, village);
		row.put(TemplateColumns.ADDRESS, "某村3组12号");
		row.put(TemplateColumns.HEALTH_STATUS, "健康");
		row.put(TemplateColumns.SCHOOLING, "小学");
		row.put(TemplateColumns.SCHOOL_NAME, "中心小学");
		row.put(TemplateColumns.BOARDING, "否");
		row.put(TemplateColumns.FATHER_NAME, "赵建军");
		row.put(TemplateColumns.FATHER_SITUATION, "外出务工");
		row.put(TemplateColumns.FATHER_WORKPLACE, "广东省深圳市");
		row.put(TemplateColumns.MOTHER_NAME, "李秀梅");
		row.put(TemplateColumns.MOTHER_SITUATION, "外出务工");
		row.put(TemplateColumns.CAREGIVER_NAME, "赵德福");
		row.put(TemplateColumns.CAREGIVER_PHONE, "13800000003");
		row.put(TemplateColumns.CAREGIVER_RELATION, "祖父母");
		row.put(TemplateColumns.CONFIRMATION_DATE, "2024-03-01");
		row.put(TemplateColumns.GUARDIANSHIP, "监护情况一般");
		row.put(TemplateColumns.FAMILY_INCOME, "打工、种养殖");
		row.put(TemplateColumns.LIVING_ALONE, "否");
		return row;
	}

	/** A workbook with the template's headers and these rows (a {@code null} row is left blank). */
	static byte[] xlsx(List<Map<TemplateColumns, Object>> rows) {
		List<List<Object>> cells = new ArrayList<>();
		for (Map<TemplateColumns, Object> row : rows) {
			List<Object> line = new ArrayList<>();
			for (TemplateColumns column : TemplateColumns.values()) {
				line.add(row == null ? null : row.get(column));
			}
			cells.add(line);
		}
		return xlsx(TemplateColumns.headers(), cells);
	}

	/** A workbook with these headers and rows of cells. */
	static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet("摸底排查表");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> line = rows.get(r);
				for (int i = 0; i < line.size(); i++) {
					Object value = line.get(i);
					if (value instanceof LocalDate d) {
						var cell = row.createCell(i);
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
