package org.shouhu.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Workbooks for the page tests of {@code exchange.web} (the builder itself is package-private). */
public final class ImportWorkbooksForPages {

	private ImportWorkbooksForPages() {
	}

	/** {@code rows} rows for {@code village}; row 3 has the gender 未知, row 5 no birth date. */
	public static byte[] withTwoBadRows(String village, int rows) {
		List<Map<TemplateColumns, Object>> list = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			list.add(ImportWorkbooks.row(village));
		}
		list.get(1).put(TemplateColumns.GENDER, "未知");
		list.get(3).remove(TemplateColumns.BIRTH_DATE);
		return ImportWorkbooks.xlsx(list);
	}
}
