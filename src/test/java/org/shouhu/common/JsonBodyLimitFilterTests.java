package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/** The body limit for a body of unknown length (chunked), which MockMvc cannot send: only the filter. */
class JsonBodyLimitFilterTests {

	final JsonBodyLimitFilter filter = new JsonBodyLimitFilter(DataSize.ofKilobytes(1), messages(), JsonMapper.builder().build());

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
		ChunkedRequest request = chunked("[" + "1,".repeat(100_000) + "1]");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<ServletRequest> passed = new AtomicReference<>();
		filter.doFilter(request, response, (req, res) -> passed.set(req));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请求内容过大", "1 KB").hasSizeLessThan(400);
		assertThat(passed.get()).as("the application never sees the request").isNull();
		assertThat(request.read).as("bytes read of the body").isEqualTo(1025);
	}

	@Test
	void aChunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
		String json = "{\"name\":\"王小明\",\"items\":[" + "1,".repeat(100) + "1]}";
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(chunked(json), response, chain);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(StreamUtils.copyToString(chain.getRequest().getInputStream(), StandardCharsets.UTF_8)).isEqualTo(json);
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedAndOtherContentTypesAreLeftAlone() throws Exception {
		MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/children");
		json.setContentType("application/json;charset=UTF-8");
		json.setContent(new byte[2048]);
		MockHttpServletResponse refused = new MockHttpServletResponse();
		filter.doFilter(json, refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(413);

		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/children/new");
		form.setContentType("application/x-www-form-urlencoded");
		form.setContent(new byte[2048]);
		MockHttpServletResponse passed = new MockHttpServletResponse();
		filter.doFilter(form, passed, new MockFilterChain());
		assertThat(passed.getStatus()).isEqualTo(200);
	}

	private static ChunkedRequest chunked(String body) {
		ChunkedRequest request = new ChunkedRequest();
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static Messages messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new Messages(source);
	}

	/** A request whose length is not declared, as with {@code Transfer-Encoding: chunked}. */
	static final class ChunkedRequest extends MockHttpServletRequest {

		ChunkedRequest() {
			super("POST", "/api/v1/children");
		}

		int read;

		@Override
		public ServletInputStream getInputStream() {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				@Override
				public int read() throws java.io.IOException {
					int b = in.read();
					ChunkedRequest.this.read += b < 0 ? 0 : 1;
					return b;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}
	}
}
