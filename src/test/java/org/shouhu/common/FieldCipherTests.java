package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTests {

	static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
	static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

	final FieldCipher cipher = new FieldCipher(KEY, "", unused());

	@Test
	void decryptsWhatItEncrypted() {
		for (String plain : new String[] { "610330201503010016", "13800000000", "", "张三 住在凤县凤州镇 🙂" }) {
			String stored = cipher.encrypt(plain);
			assertThat(stored).startsWith("v1:");
			assertThat(cipher.decrypt(stored)).isEqualTo(plain);
		}
	}

	@Test
	void ciphertextDoesNotRevealThePlainText() {
		String stored = cipher.encrypt("610330201503010016");
		assertThat(stored).doesNotContain("610330").doesNotContain("0016");
		assertThat(new String(Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1)))).doesNotContain("610330");
	}

	@Test
	void sameTextEncryptsDifferentlyEachTimeButHashesTheSame() {
		String first = cipher.encrypt("610330201503010016");
		String second = cipher.encrypt("610330201503010016");

		assertThat(first).isNotEqualTo(second);
		assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
		assertThat(cipher.lookupHash("610330201503010016")).isEqualTo(cipher.lookupHash("610330201503010016"))
				.isNotEqualTo(cipher.lookupHash("11010519491231002X"))
				.matches("[0-9a-f]{64}");
	}

	@Test
	void aNewInstanceWithTheSameKeyReadsOldCiphertextAndGivesTheSameHash() {
		FieldCipher restarted = new FieldCipher(KEY, "", unused());
		assertThat(restarted.decrypt(cipher.encrypt("王小明"))).isEqualTo("王小明");
		assertThat(restarted.lookupHash("610330201503010016")).isEqualTo(cipher.lookupHash("610330201503010016"));
	}

	@Test
	void anotherKeyGivesOtherHashesAndCannotDecrypt() {
		FieldCipher other = new FieldCipher(OTHER_KEY, "", unused());

		assertThat(other.lookupHash("610330201503010016")).isNotEqualTo(cipher.lookupHash("610330201503010016"));
		assertThatThrownBy(() -> other.decrypt(cipher.encrypt("610330201503010016")))
				.isInstanceOf(FieldCipherException.class);
	}

	@Test
	void refusesTamperedCiphertext() {
		String stored = cipher.encrypt("610330201503010016");
		byte[] raw = Base64.getDecoder().decode(stored.substring("v1:".length()));
		for (int position : new int[] { 0, 12, raw.length - 1 }) {
			byte[] tampered = raw.clone();
			tampered[position] ^= 0x01;
			String changed = "v1:" + Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> cipher.decrypt(changed)).as("byte %d flipped", position)
					.isInstanceOf(FieldCipherException.class);
		}
	}

	@Test
	void refusesTruncatedOrGarbledCiphertext() {
		String stored = cipher.encrypt("610330201503010016");
		assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, stored.length() - 8)))
				.isInstanceOf(FieldCipherException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(FieldCipherException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:not base64 at all!")).isInstanceOf(FieldCipherException.class);
		assertThatThrownBy(() -> cipher.decrypt("610330201503010016")).isInstanceOf(FieldCipherException.class);
	}

	@Test
	void nullStaysNull() {
		assertThat(cipher.encrypt(null)).isNull();
		assertThat(cipher.decrypt(null)).isNull();
		assertThat(cipher.lookupHash(null)).isNull();
	}

	@Test
	void withoutConfiguredKeyGeneratesOneIntoTheDataDirOnceAndReusesIt(@TempDir Path dataDir) throws Exception {
		Path dir = dataDir.resolve("data");
		FieldCipher first = new FieldCipher("", "", dir.toString());
		Path keyFile = dir.resolve("shouhu.key");
		assertThat(keyFile).exists();
		String key = Files.readString(keyFile);
		assertThat(Base64.getDecoder().decode(key.trim())).hasSize(32);
		if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
		}

		String stored = first.encrypt("13800000000");
		FieldCipher second = new FieldCipher(null, "", dir.toString());

		assertThat(Files.readString(keyFile)).isEqualTo(key);
		assertThat(second.lookupHash("13800000000")).isEqualTo(first.lookupHash("13800000000"));
		assertThat(second.decrypt(stored)).isEqualTo("13800000000");
	}

	@Test
	void aKeyFileApartFromTheDataDirIsGeneratedThereAndUsed(@TempDir Path root) throws Exception {
		Path dataDir = root.resolve("data");
		Path keyFile = root.resolve("keys").resolve("shouhu-field.key");
		FieldCipher first = new FieldCipher("", keyFile.toString(), dataDir.toString());
		assertThat(keyFile).exists();
		assertThat(dataDir).doesNotExist();
		if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
				.isEqualTo("rwx------");
		}
		String stored = first.encrypt("13800000000");

		FieldCipher restarted = new FieldCipher("", keyFile.toString(), dataDir.toString());
		assertThat(restarted.decrypt(stored)).isEqualTo("13800000000");
		assertThat(new FieldCipher("", "", dataDir.toString()).lookupHash("13800000000"))
			.as("the data dir's own key is another key").isNotEqualTo(first.lookupHash("13800000000"));
	}

	@Test
	void anExistingKeyFileThatOthersCanReadIsMadeOwnerOnly(@TempDir Path dir) throws Exception {
		Path keyFile = dir.resolve("shouhu.key");
		Files.writeString(keyFile, KEY);
		Assumptions.assumeTrue(Files.getFileStore(keyFile).supportsFileAttributeView("posix"));
		Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
		FieldCipher fromFile = new FieldCipher("", keyFile.toString(), unused());
		assertThat(fromFile.lookupHash("13800000000")).isEqualTo(cipher.lookupHash("13800000000"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void generatedKeysDifferBetweenDataDirs(@TempDir Path a, @TempDir Path b) {
		assertThat(new FieldCipher("", "", a.toString()).lookupHash("13800000000"))
				.isNotEqualTo(new FieldCipher("", "", b.toString()).lookupHash("13800000000"));
	}

	@Test
	void aConfiguredKeyWinsOverTheDataDir(@TempDir Path dataDir) {
		FieldCipher configured = new FieldCipher(KEY, "", dataDir.toString());
		assertThat(dataDir.resolve("shouhu.key")).doesNotExist();
		assertThat(configured.lookupHash("13800000000")).isEqualTo(cipher.lookupHash("13800000000"));
	}

	@Test
	void refusesKeyOfWrongLength() {
		String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
		String thirtyThreeBytes = Base64.getEncoder().encodeToString(new byte[33]);
		assertThatThrownBy(() -> new FieldCipher(sixteenBytes, "", unused())).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new FieldCipher(thirtyThreeBytes, "", unused())).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("32 bytes");
	}

	@Test
	void refusesKeyThatIsNotBase64WithAClearMessage() {
		assertThatThrownBy(() -> new FieldCipher("this is not base64!", "", unused())).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("base64");
	}

	@Test
	void refusesACorruptedKeyFile(@TempDir Path dataDir) throws Exception {
		Files.writeString(dataDir.resolve("shouhu.key"), Base64.getEncoder().encodeToString(new byte[10]));
		assertThatThrownBy(() -> new FieldCipher("", "", dataDir.toString())).isInstanceOf(IllegalStateException.class);
	}

	private String unused() {
		return "target/never-used-by-configured-key";
	}
}
