package org.shouhu.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only the account running the application may read (0700 and 0600), set explicitly so that the
 * umask does not matter. On a file system without POSIX permissions these are no-ops.
 */
public final class PrivateFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/** Creates the folder (and missing parents) 0700 if absent; an existing folder is set to 0700. */
	public static void folder(Path folder) {
		try {
			if (!Files.isDirectory(folder)) {
				Path parent = folder.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				if (posix(parent)) {
					Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
				}
				else {
					Files.createDirectory(folder);
				}
			}
			restrict(folder, FOLDER);
		}
		catch (java.nio.file.FileAlreadyExistsException raced) {
			restrict(folder, FOLDER);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the folder " + folder.toAbsolutePath(), e);
		}
	}

	/**
	 * Writes a new file readable by its owner only: a temporary file created 0600 in the same folder, then moved into
	 * place, so that the file is never readable by others nor seen half written.
	 */
	public static void write(Path file, String content) {
		Path folder = file.toAbsolutePath().getParent();
		try {
			FileAttribute<?>[] attributes = posix(folder)
					? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
			Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", attributes);
			try {
				Files.writeString(temporary, content);
				Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			restrict(file, FILE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
		}
	}

	/** Sets the file or folder to the given permissions if the file system has them; false if it could not. */
	public static boolean restrict(Path path, Set<PosixFilePermission> permissions) {
		try {
			if (posix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
				Files.setPosixFilePermissions(path, permissions);
			}
			return true;
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}

	/** {@link #restrict} with 0600. */
	public static boolean restrictFile(Path file) {
		return restrict(file, FILE);
	}

	private static boolean posix(Path path) throws IOException {
		return path != null && Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix");
	}
}
