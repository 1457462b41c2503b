package org.shouhu.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test against the real servlet container on a random port ({@code @LocalServerPort}), for what {@code MockMvc}
 * does not do (the container's error dispatch, real HTTP). Shares one Spring context with every {@link BrowserTest};
 * no per-class context configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(TestClockExtension.class)
public @interface ServerTest {
}
