package org.shouhu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of the test sources (docs/architecture.md, "Tests"): one suffix, so that surefire runs every test class;
 * one Spring context per test kind, so that no class configures its own; benchmarks out of the normal run.
 */
class TestConventionsTests {

	static final Path SOURCES = Path.of("src", "test", "java");
	static final Pattern TEST_METHOD = Pattern.compile("^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b",
			Pattern.MULTILINE);
	/** Context configuration that belongs in the kind annotations of org.shouhu.testing only. */
	static final Pattern CONTEXT_CONFIGURATION = Pattern.compile("^\\s*@(SpringBootTest|AutoConfigureMockMvc|MockitoBean"
			+ "|MockitoSpyBean|TestPropertySource|DynamicPropertySource|DirtiesContext|ContextConfiguration|Import"
			+ "|ImportAutoConfiguration|ActiveProfiles|TestConfiguration|WebMvcTest|DataJpaTest)\\b", Pattern.MULTILINE);

	@Test
	void everyTestClassEndsInTests() {
		assertThat(sources().filter(file -> TEST_METHOD.matcher(read(file)).find())
			.map(TestConventionsTests::name)
			.filter(name -> !name.endsWith("Tests.java"))).as("surefire runs *Tests; rename these").isEmpty();
	}

	@Test
	void noTestClassConfiguresItsOwnSpringContext() {
		assertThat(sources().filter(file -> !file.startsWith(SOURCES.resolve("org/shouhu/testing")))
			.filter(file -> CONTEXT_CONFIGURATION.matcher(read(file)).find())
			.map(TestConventionsTests::name)).as("use @IntegrationTest, @PageTest, @ServerTest or @BrowserTest instead").isEmpty();
	}

	@Test
	void benchmarksAreNotPickedUpBySurefire() {
		List<Path> benchmarks = sources().filter(file -> file.startsWith(SOURCES.resolve("org/shouhu/benchmark"))).toList();
		assertThat(benchmarks).isNotEmpty()
			.noneMatch(file -> name(file).matches("(Test.*|.*Tests?|.*TestCase)\\.java"))
			.noneMatch(file -> TEST_METHOD.matcher(read(file)).find());
	}

	private Stream<Path> sources() {
		try {
			return Files.walk(SOURCES).filter(file -> file.toString().endsWith(".java")).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String name(Path file) {
		return file.getFileName().toString();
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
