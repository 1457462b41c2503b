package org.shouhu.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A page test: Thymeleaf pages and htmx fragments through {@code MockMvc} (sign in per request with
 * {@link Accounts#as}), asserting on the HTML a user gets. The same application context as {@link IntegrationTest}
 * (the annotations are the same, so Spring's context cache starts it once); the same rule: no per-class context
 * configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(TestClockExtension.class)
public @interface PageTest {
}
