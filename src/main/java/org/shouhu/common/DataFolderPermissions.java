package org.shouhu.common;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before the database is opened: the data folder ({@code shouhu.data-dir}) of the embedded database is created 0700
 * (or set to 0700 if it exists), and database files already in it ({@code *.db}, from an earlier start or an older
 * version) are set to 0600, whatever the umask. Files the database creates later are protected by the folder. Skipped
 * when the application does not use an embedded file database (PostgreSQL, in-memory H2); the key file is handled
 * by {@link FieldCipher}.
 */
class DataFolderPermissions implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		String dataDir = environment.getProperty("shouhu.data-dir");
		if (dataDir == null || dataDir.isBlank() || !url.startsWith("jdbc:h2:file:")) {
			return;
		}
		Path folder = Path.of(dataDir);
		PrivateFiles.folder(folder);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
			for (Path file : files) {
				PrivateFiles.restrictFile(file);
			}
		}
		catch (IOException e) {
			// unreadable folder: the database will say so when it opens
		}
	}
}
