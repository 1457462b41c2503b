package org.shouhu.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an uploaded 摸底排查表 (SAX: {@link XSSFReader} + {@link XSSFSheetXMLHandler} with a
 * {@link ReadOnlySharedStringsTable}), so memory stays flat whatever the number of rows. Row 1 must hold every header
 * of {@link TemplateColumns} (in any order; the column {@value #ERROR_COLUMN} of the error workbook is accepted and
 * ignored); each later row that is not blank is handed over as its cells in the template's column order, with its
 * Excel row number (header = 1). Excel date cells come as {@code yyyy-MM-dd}, whole numbers without exponent.
 * An unreadable file or wrong headers throw {@link ImportFileException} before any row is handed over.
 */
final class ImportWorkbook {

	/** The extra column of the error workbook (ignored on import). */
	static final String ERROR_COLUMN = "错误说明";

	private static final int MAX_CELL = 2000;

	private ImportWorkbook() {
	}

	/** One data row: its Excel row number and its cells in {@link TemplateColumns} order (empty text, never null). */
	record Row(int number, String[] cells) {

		String cell(TemplateColumns column) {
			return cells[column.ordinal()];
		}
	}

	@FunctionalInterface
	interface RowHandler {

		void row(Row row);
	}

	/** Reads the workbook at {@code file}, handing every non-blank data row to {@code handler}. */
	static void read(Path file, RowHandler handler) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportFileException("exchange.import.file.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				Contents contents = new Contents(handler);
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents, new Formatter(), false));
				parser.parse(new InputSource(sheet));
				if (contents.columns == null) {
					throw new ImportFileException("exchange.import.file.noHeader");
				}
			}
		}
		catch (ImportFileException e) {
			throw e;
		}
		catch (Exception | LinkageError e) {
			if (e.getCause() instanceof ImportFileException cause) {
				throw cause;
			}
			throw new ImportFileException("exchange.import.file.unreadable");
		}
	}

	/**
	 * The number of data rows of the workbook at {@code file}, for the progress bar before the import starts: one
	 * plain pass over the first sheet's XML (no cell formatting, no shared strings), counting the rows below the first
	 * that hold a value. A file that is not a readable workbook throws {@link ImportFileException} here, before
	 * anything changed. A row whose only values are blank shared strings is counted here and skipped by {@link #read}.
	 */
	static int count(Path file) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			var sheets = new XSSFReader(pkg).getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportFileException("exchange.import.file.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				RowCounter counter = new RowCounter();
				parser.setContentHandler(counter);
				parser.parse(new InputSource(sheet));
				return Math.max(0, counter.rows - 1);
			}
		}
		catch (ImportFileException e) {
			throw e;
		}
		catch (Exception | LinkageError e) {
			throw new ImportFileException("exchange.import.file.unreadable");
		}
	}

	/** Counts the {@code row} elements with a non-blank value ({@code v}) or inline string ({@code t}). */
	private static final class RowCounter extends org.xml.sax.helpers.DefaultHandler {

		private int rows;
		private boolean inValue;
		private boolean rowHasValue;

		@Override
		public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
			switch (localName) {
				case "row" -> rowHasValue = false;
				case "v", "t" -> inValue = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue && !rowHasValue) {
				for (int i = start; i < start + length; i++) {
					if (!Character.isWhitespace(ch[i])) {
						rowHasValue = true;
						return;
					}
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "row" -> {
					if (rowHasValue) {
						rows++;
					}
				}
				case "v", "t" -> inValue = false;
				default -> {
				}
			}
		}
	}

	/** Collects a row's cells by column letter; checks the header row. */
	private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		/** Template column of each sheet column (index), -1 for the ignored one; null before the header row. */
		private int[] columns;
		private final Map<Integer, String> current = new HashMap<>();
		private int nextColumn;

		Contents(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			current.clear();
			nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			if (value != null && !value.isBlank()) {
				current.put(column, value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (columns == null) {
				header();
				return;
			}
			if (current.isEmpty()) {
				return;
			}
			String[] cells = new String[TemplateColumns.values().length];
			Arrays.fill(cells, "");
			boolean any = false;
			for (Map.Entry<Integer, String> cell : current.entrySet()) {
				int at = cell.getKey() < columns.length ? columns[cell.getKey()] : -1;
				if (at >= 0) {
					cells[at] = cell.getValue().strip();
					any |= !cells[at].isEmpty();
				}
			}
			if (any) {
				handler.row(new Row(rowNum + 1, cells));
			}
		}

		private void header() {
			int width = current.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			int[] map = new int[width];
			Arrays.fill(map, -1);
			Map<String, TemplateColumns> byHeader = new HashMap<>();
			for (TemplateColumns c : TemplateColumns.values()) {
				byHeader.put(c.header(), c);
			}
			List<String> unknown = new ArrayList<>();
			boolean[] seen = new boolean[TemplateColumns.values().length];
			for (Map.Entry<Integer, String> cell : current.entrySet()) {
				String text = cell.getValue().strip();
				TemplateColumns column = byHeader.get(text);
				if (column == null) {
					if (!ERROR_COLUMN.equals(text)) {
						unknown.add(text);
					}
				}
				else if (seen[column.ordinal()]) {
					throw new ImportFileException("exchange.import.file.duplicateHeader", text);
				}
				else {
					seen[column.ordinal()] = true;
					map[cell.getKey()] = column.ordinal();
				}
			}
			List<String> missing = new ArrayList<>();
			for (TemplateColumns c : TemplateColumns.values()) {
				if (!seen[c.ordinal()]) {
					missing.add(c.header());
				}
			}
			if (!missing.isEmpty()) {
				throw unknown.isEmpty()
						? new ImportFileException("exchange.import.file.missingHeaders", String.join("、", missing))
						: new ImportFileException("exchange.import.file.wrongHeaders", String.join("、", unknown),
								String.join("、", missing));
			}
			if (!unknown.isEmpty()) {
				throw new ImportFileException("exchange.import.file.unknownHeaders", String.join("、", unknown));
			}
			columns = map;
		}
	}

	/** Excel date cells as {@code yyyy-MM-dd}; whole numbers in General format without exponent (codes, ID digits). */
	private static final class Formatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime date = DateUtil.getLocalDateTime(value, use1904Windowing);
				return date.toLocalDate().toString();
			}
			if ((formatString == null || "General".equalsIgnoreCase(formatString) || "@".equals(formatString)
					|| "0".equals(formatString)) && value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}
	}
}
