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
 * An integration test: the whole application in a mock servlet environment on the test database, with
 * {@code MockMvc} for the API, the fixtures of this package as beans ({@link Accounts}, {@link CareFixtures},
 * {@link UnusedRegions}) and the {@link TestClock}. Every integration and {@link PageTest page test} shares one Spring
 * context: do not add {@code @MockitoBean}, {@code @TestPropertySource}, {@code @Import} or other context
 * configuration to a test class (each combination starts another application); put a test-only bean into this
 * package as a {@code @Component} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(TestClockExtension.class)
public @interface IntegrationTest {
}
