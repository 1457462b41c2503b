package org.shouhu.child.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassificationRulesConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ClassificationRulesConfiguration.class);

	@Test
	void nationalRulesByDefault() {
		runner.run(context -> assertThat(context).hasSingleBean(ClassificationRules.class)
			.getBean(ClassificationRules.class)
			.isExactlyInstanceOf(NationalRules.class));
	}

	@Test
	void guangdongRulesWhenConfigured() {
		runner.withPropertyValues("shouhu.rules.variant=GUANGDONG")
			.run(context -> assertThat(context).hasSingleBean(ClassificationRules.class)
				.getBean(ClassificationRules.class)
				.isExactlyInstanceOf(GuangdongRules.class));
		runner.withPropertyValues("shouhu.rules.variant= guangdong ")
			.run(context -> assertThat(context).getBean(ClassificationRules.class)
				.isExactlyInstanceOf(GuangdongRules.class));
	}

	@Test
	void unknownVariantStopsTheStartWithItsName() {
		runner.withPropertyValues("shouhu.rules.variant=HUNAN")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("shouhu.rules.variant")
				.hasMessageContaining("HUNAN")
				.hasMessageContaining("GUANGDONG"));
	}
}
