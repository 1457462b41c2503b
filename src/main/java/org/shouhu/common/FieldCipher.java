package org.shouhu.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts sensitive fields (ID numbers, phone numbers) with AES-256-GCM and computes a keyed hash
 * (HMAC-SHA256) for exact lookups such as the nationwide duplicate check. The master key comes from
 * {@code shouhu.crypto.key} (base64, 32 bytes; env {@code SHOUHU_CRYPTO_KEY}); without it, from the key file
 * {@code shouhu.crypto.key-file} (env {@code SHOUHU_CRYPTO_KEY_FILE}, default {@code SHOUHU_DATA_DIR/shouhu.key}),
 * which is generated once if absent: readable by its owner only (0600), in a folder created 0700. A key file kept
 * apart from the data folder means a copy of the database alone does not reveal the encrypted fields. Losing the key
 * loses the encrypted data: back it up.
 */
@Component
public class FieldCipher {

	private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
	private static final String PREFIX = "v1:";
	private static final int IV_BYTES = 12;

	private final SecretKeySpec encryptionKey;
	private final SecretKeySpec hashKey;
	private final SecureRandom random = new SecureRandom();

	FieldCipher(@Value("${shouhu.crypto.key:}") String configuredKey,
			@Value("${shouhu.crypto.key-file:}") String keyFile, @Value("${shouhu.data-dir}") String dataDir) {
		byte[] master = StringUtils.hasText(configuredKey) ? decodeKey(configuredKey, "shouhu.crypto.key")
				: keyFromFile(StringUtils.hasText(keyFile) ? Path.of(keyFile.trim()) : Path.of(dataDir).resolve("shouhu.key"));
		this.encryptionKey = new SecretKeySpec(derive(master, "shouhu-field-encryption"), "AES");
		this.hashKey = new SecretKeySpec(derive(master, "shouhu-lookup-hash"), "HmacSHA256");
	}

	/** Ciphertext for storage, or {@code null} for {@code null}. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new FieldCipherException("encryption failed", e);
		}
	}

	/** The plain text; fails if the stored value was tampered with or made with another key. */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new FieldCipherException("unknown ciphertext format");
		}
		byte[] in;
		try {
			in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException e) {
			throw new FieldCipherException("ciphertext is not base64", e);
		}
		if (in.length < IV_BYTES) {
			throw new FieldCipherException("ciphertext too short");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new FieldCipherException("decryption failed", e);
		}
	}

	/** Deterministic keyed hash (hex) for exact lookups; {@code null} for {@code null}. */
	public String lookupHash(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new FieldCipherException("hashing failed", e);
		}
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] decodeKey(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + " must be 32 bytes, base64-encoded; it is not base64", e);
		}
		if (key.length != 32) {
			throw new IllegalStateException(source + " must be 32 bytes, base64-encoded; it has " + key.length + " bytes");
		}
		return key;
	}

	private static synchronized byte[] keyFromFile(Path file) {
		try {
			if (Files.exists(file)) {
				if (!PrivateFiles.restrictFile(file)) {
					log.warn("Could not make the key file {} readable by its owner only (0600)", file.toAbsolutePath());
				}
				return decodeKey(Files.readString(file), file.toAbsolutePath().toString());
			}
			Path folder = file.toAbsolutePath().getParent();
			if (!Files.isDirectory(folder)) {
				PrivateFiles.folder(folder);
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			PrivateFiles.write(file, Base64.getEncoder().encodeToString(key));
			log.warn("Generated a new field-encryption key at {}; back it up with the database.", file.toAbsolutePath());
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
