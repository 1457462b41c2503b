package org.shouhu.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application clock. Dates (ages, due dates) are reckoned in China Standard Time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Zone in which "today" is reckoned. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}
}
