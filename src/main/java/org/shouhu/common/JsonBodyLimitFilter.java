package org.shouhu.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON request body larger than {@code shouhu.limits.json-body} (default 1 MB) with 413 and a short
 * Chinese problem detail before anything reads it: by its {@code Content-Length}, or, for a body of unknown length
 * (chunked), by reading at most one byte more than the limit; the body read is then replayed to the application.
 * Uploads (multipart) have their own limits, {@code spring.servlet.multipart.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;
	private final Messages messages;
	private final JsonMapper json;

	JsonBodyLimitFilter(@Value("${shouhu.limits.json-body:1MB}") DataSize limit, Messages messages, JsonMapper json) {
		this.limit = limit.toBytes();
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isJson(request.getContentType())) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(response);
			return;
		}
		if (length >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), limit + 1);
		if (body.length > limit) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReplayedBody(request, body), response);
	}

	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| (type.getType().equals("application") && type.getSubtype().endsWith("+json"));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long remaining = max;
		int read;
		while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
			out.write(buffer, 0, read);
			remaining -= read;
		}
		return out.toByteArray();
	}

	private void refuse(HttpServletResponse response) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", messages.get("common.problem.bodyTooLarge"));
		body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		body.put("detail", messages.get("common.problem.bodyTooLarge.detail", DataSize.ofBytes(limit).toKilobytes()));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		// the rest of the body is not read: the connection is not kept for another request
		response.setHeader("Connection", "close");
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

	/** The request with its body already read into memory (at most the limit). */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
