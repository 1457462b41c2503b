package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the Content-Security-Policy ({@code script-src 'self'; style-src 'self'}) would refuse in the browser, found
 * in the sources before a user meets a dead button or an unstyled page: no inline script, no {@code on…} handler, no
 * {@code javascript:} address, no {@code style} attribute or {@code <style>} block in a template, no htmx feature that
 * evaluates code, and no script that writes a {@code style} attribute (setting {@code element.style} is allowed).
 */
class TemplatePolicyTests {

	static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
	static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "js");

	/** A script element: its attributes (group 1) and its body (group 2). */
	static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	static final List<Pattern> REFUSED = List.of(
			// onclick=, onsubmit=, th:onclick=, data-th-onclick= …
			Pattern.compile("[\\s:-]on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("[\\s:-]style\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("th:(style|styleappend)\\b", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\b(hx|data-hx)-(on|vars)\\b", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\b(hx|data-hx)-vals\\s*=\\s*['\"]\\s*js:", Pattern.CASE_INSENSITIVE));

	static final Pattern STYLE_ATTRIBUTE_FROM_SCRIPT = Pattern.compile(
			"setAttribute\\(\\s*['\"]style['\"]|insertAdjacentHTML|innerHTML\\s*\\+?=\\s*[^;]*style=|\\beval\\(|new Function\\(");

	@Test
	void templatesHaveNoInlineScriptHandlerOrStyle() {
		List<String> found = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String html = read(template);
			Matcher script = SCRIPT.matcher(html);
			while (script.find()) {
				if (!script.group(1).matches("(?is).*\\b(th:src|src)\\s*=.*") || !script.group(2).isBlank()) {
					found.add(where(template, html, script.start()) + ": inline <script>");
				}
			}
			for (Pattern refused : REFUSED) {
				Matcher match = refused.matcher(html);
				while (match.find()) {
					found.add(where(template, html, match.start()) + ": " + match.group().trim());
				}
			}
		}
		assertThat(found).as("move these into src/main/resources/static (js/…, css/shouhu.css)").isEmpty();
	}

	@Test
	void scriptsSetNoStyleAttributeAndEvaluateNoCode() {
		List<String> found = new ArrayList<>();
		for (Path script : files(SCRIPTS, ".js")) {
			String source = read(script);
			Matcher match = STYLE_ATTRIBUTE_FROM_SCRIPT.matcher(source);
			while (match.find()) {
				found.add(where(script, source, match.start()) + ": " + match.group());
			}
		}
		assertThat(found).as("set element.style or a class instead").isEmpty();
	}

	@Test
	void theScanFindsWhatThePolicyRefuses() {
		String sample = """
				<form onsubmit="return confirm('x')"><div style="color:red" th:style="x"></div></form>
				<script>alert(1)</script><a href="javascript:void(0)">x</a><button th:onclick="x" hx-on:click="y">
				<style>p{}</style>""";
		long hits = REFUSED.stream().mapToLong(p -> p.matcher(sample).results().count()).sum();
		assertThat(hits).isEqualTo(8);
		assertThat(SCRIPT.matcher(sample).find()).isTrue();
		assertThat(REFUSED.stream().noneMatch(p -> p.matcher(
				"<p class=\"tag\" data-confirm=\"确定？\" th:data-method=\"${m}\"><script th:src=\"@{/js/a.js}\" defer></script>")
			.find())).isTrue();
	}

	private static String where(Path file, String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return file + ":" + line;
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> walk = Files.walk(root)) {
			List<Path> files = walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
			assertThat(files).as("files under " + root).isNotEmpty();
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
