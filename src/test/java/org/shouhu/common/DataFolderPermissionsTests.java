package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DataFolderPermissionsTests {

	@Test
	void theEmbeddedDatabaseFolderIsCreatedOwnerOnly(@TempDir Path root) throws Exception {
		Assumptions.assumeTrue(Files.getFileStore(root).supportsFileAttributeView("posix"));
		Path dataDir = root.resolve("var").resolve("data");
		prepare(dataDir, "jdbc:h2:file:" + dataDir + "/shouhu;WRITE_DELAY=0");
		assertThat(permissions(dataDir)).isEqualTo("rwx------");
	}

	@Test
	void anExistingFolderAndItsDatabaseFilesAreMadeOwnerOnly(@TempDir Path dataDir) throws Exception {
		Assumptions.assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path database = Files.createFile(dataDir.resolve("shouhu.mv.db"));
		Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
		prepare(dataDir, "jdbc:h2:file:" + dataDir + "/shouhu");
		assertThat(permissions(dataDir)).isEqualTo("rwx------");
		assertThat(permissions(database)).isEqualTo("rw-------");
	}

	@Test
	void withoutAnEmbeddedFileDatabaseTheDataFolderIsNotCreated(@TempDir Path root) {
		Path dataDir = root.resolve("data");
		prepare(dataDir, "jdbc:postgresql://127.0.0.1:5432/shouhu");
		prepare(dataDir, "jdbc:h2:mem:shouhu");
		assertThat(dataDir).doesNotExist();
	}

	private static void prepare(Path dataDir, String url) {
		MockEnvironment environment = new MockEnvironment().withProperty("shouhu.data-dir", dataDir.toString())
			.withProperty("spring.datasource.url", url);
		new DataFolderPermissions().postProcessEnvironment(environment, new SpringApplication());
	}

	private static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}
}
