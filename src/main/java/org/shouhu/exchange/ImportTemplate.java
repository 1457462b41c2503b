package org.shouhu.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouhu.account.Callers;
import org.shouhu.child.IdNumber;
import org.shouhu.common.Messages;
import org.springframework.stereotype.Service;

/**
 * The import template (摸底排查表, DOMAIN.md §9) as an xlsx workbook: sheet 1 with the headers of
 * {@link TemplateColumns}, one example row and a drop-down list for every coded column with a fixed list (rows 2 to
 * {@value #LAST_ROW}); sheet 2 (填写说明) explaining each column. For the roles that work with child files, else 403.
 * <p>
 * Not audited: the template holds no personal data (the example child is made up), so downloading it is neither a
 * VIEW nor an EXPORT of files. Small and fixed, so plain XSSF in memory.
 */
@Service
public class ImportTemplate {

	/** Refusal text for roles without child files. */
	public static final String FORBIDDEN = "exchange.forbidden";

	/** The last row (1-based) the drop-down lists cover. */
	public static final int LAST_ROW = 10001;

	/** The example child's ID number: born 2015-03-12, male, registered in 凤县 (610330). */
	public static final String EXAMPLE_ID_NUMBER = withCheck("61033020150312101");

	private static final String FATHER_ID_NUMBER = withCheck("61033019880506203");

	private static final String MOTHER_ID_NUMBER = withCheck("61033019900817302");

	private static final String CAREGIVER_ID_NUMBER = withCheck("61033019580214401");

	private final Callers callers;
	private final Messages messages;

	ImportTemplate(Callers callers, Messages messages) {
		this.callers = callers;
		this.messages = messages;
	}

	/** Checks the caller (403 before anything is written), then writes the workbook to what {@code target} opens. */
	public void write(Target target) {
		callers.childFileWorker(FORBIDDEN);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = bold(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			form(workbook.createSheet(messages.get("exchange.template.sheet")), bold, text);
			instructions(workbook.createSheet(messages.get("exchange.template.instructionsSheet")), bold);
			workbook.write(target.open());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The name of the downloaded file. */
	public String fileName() {
		return messages.get("exchange.template.file");
	}

	/** Where the workbook goes, opened only when it is written. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;
	}

	private void form(XSSFSheet sheet, CellStyle bold, CellStyle text) {
		TemplateColumns[] columns = TemplateColumns.values();
		Row header = sheet.createRow(0);
		Row example = sheet.createRow(1);
		Map<TemplateColumns, String> values = example();
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		for (int i = 0; i < columns.length; i++) {
			TemplateColumns column = columns[i];
			Cell cell = header.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(bold);
			Cell value = example.createCell(i);
			value.setCellValue(values.getOrDefault(column, ""));
			value.setCellStyle(text);
			// every cell as text, so that ID numbers, codes and dates stay as typed
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, width(column) * 256);
			if (!column.allowed().isEmpty()) {
				DataValidationConstraint constraint = helper
					.createExplicitListConstraint(column.allowed().toArray(String[]::new));
				DataValidation validation = helper.createValidation(constraint,
						new CellRangeAddressList(1, LAST_ROW - 1, i, i));
				// 残疾等级 also accepts 1–4 (DOMAIN.md §9): its list offers the labels without refusing a digit
				validation.setShowErrorBox(column != TemplateColumns.DISABILITY_GRADE);
				validation.setSuppressDropDownArrow(true);
				validation.createErrorBox(messages.get("exchange.template.invalidTitle"),
						messages.get("exchange.template.invalidText", String.join("、", column.allowed())));
				sheet.addValidationData(validation);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private void instructions(XSSFSheet sheet, CellStyle bold) {
		Row header = sheet.createRow(0);
		String[] titles = { messages.get("exchange.template.column"), messages.get("exchange.template.required"),
				messages.get("exchange.template.explanation") };
		for (int i = 0; i < titles.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(bold);
		}
		int r = 1;
		for (TemplateColumns column : TemplateColumns.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(column.header());
			row.createCell(1).setCellValue(column.required() ? "是" : "否");
			row.createCell(2).setCellValue(column.explanation());
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 10 * 256);
		sheet.setColumnWidth(2, 90 * 256);
		sheet.createFreezePane(0, 1);
	}

	private static Map<TemplateColumns, String> example() {
		Map<TemplateColumns, String> row = new EnumMap<>(TemplateColumns.class);
		IdNumber id = IdNumber.parse(EXAMPLE_ID_NUMBER).orElseThrow();
		row.put(TemplateColumns.NAME, "王小明");
		row.put(TemplateColumns.GENDER, id.gender().label());
		row.put(TemplateColumns.ETHNICITY, "汉族");
		row.put(TemplateColumns.BIRTH_DATE, id.birthDate().toString());
		row.put(TemplateColumns.ID_NUMBER, EXAMPLE_ID_NUMBER);
		row.put(TemplateColumns.HUKOU_REGISTERED, "是");
		row.put(TemplateColumns.HUKOU_TYPE, "农村");
		row.put(TemplateColumns.HUKOU_ADDRESS, "陕西省宝鸡市凤县双石铺镇");
		row.put(TemplateColumns.VILLAGE_CODE, "610330101200");
		row.put(TemplateColumns.ADDRESS, "凤县双石铺镇某村3组12号");
		row.put(TemplateColumns.HEALTH_STATUS, "健康");
		row.put(TemplateColumns.SCHOOLING, "小学");
		row.put(TemplateColumns.SCHOOL_NAME, "凤县双石铺镇中心小学");
		row.put(TemplateColumns.BOARDING, "否");
		row.put(TemplateColumns.FATHER_NAME, "王建军");
		row.put(TemplateColumns.FATHER_ID_NUMBER, FATHER_ID_NUMBER);
		row.put(TemplateColumns.FATHER_PHONE, "13800000001");
		row.put(TemplateColumns.FATHER_SITUATION, "外出务工");
		row.put(TemplateColumns.FATHER_WORKPLACE, "广东省深圳市");
		row.put(TemplateColumns.MOTHER_NAME, "李秀梅");
		row.put(TemplateColumns.MOTHER_ID_NUMBER, MOTHER_ID_NUMBER);
		row.put(TemplateColumns.MOTHER_PHONE, "13800000002");
		row.put(TemplateColumns.MOTHER_SITUATION, "外出务工");
		row.put(TemplateColumns.MOTHER_WORKPLACE, "浙江省宁波市");
		row.put(TemplateColumns.CAREGIVER_NAME, "王德福");
		row.put(TemplateColumns.CAREGIVER_ID_NUMBER, CAREGIVER_ID_NUMBER);
		row.put(TemplateColumns.CAREGIVER_PHONE, "13800000003");
		row.put(TemplateColumns.CAREGIVER_RELATION, "祖父母");
		row.put(TemplateColumns.CAREGIVER_ADDRESS, "凤县双石铺镇某村3组12号");
		row.put(TemplateColumns.CONFIRMATION_DATE, LocalDate.of(2024, 3, 1).toString());
		row.put(TemplateColumns.GUARDIANSHIP, "监护情况一般");
		row.put(TemplateColumns.FAMILY_INCOME, "打工、种养殖");
		row.put(TemplateColumns.FAMILY_ASSISTANCE, "");
		row.put(TemplateColumns.LIVING_ALONE, "否");
		row.put(TemplateColumns.REMARKS, "示例行，填写前请删除");
		return row;
	}

	private static int width(TemplateColumns column) {
		if (column.explanation().startsWith("18 位") || column == TemplateColumns.ID_NUMBER) {
			return 22;
		}
		if (column == TemplateColumns.VILLAGE_CODE || column.date()) {
			return 16;
		}
		if (column.name().endsWith("ADDRESS") || column.name().endsWith("SITUATION") || column == TemplateColumns.REMARKS
				|| column == TemplateColumns.SCHOOL_NAME || column == TemplateColumns.GUARDIANSHIP) {
			return 26;
		}
		return Math.max(10, column.header().length() * 2 + 4);
	}

	private static CellStyle bold(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static String withCheck(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}
}
