package org.shouhu.child.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Provides the one {@link ClassificationRules} bean, the variant {@code shouhu.rules.variant} selects. */
@Configuration(proxyBeanMethods = false)
class ClassificationRulesConfiguration {

	@Bean
	ClassificationRules classificationRules(Environment environment) {
		return RulesVariant.of(environment.getProperty(RulesVariant.PROPERTY)).rules();
	}
}
