/**
 * Demo data and generated data for benchmarks: the real county 凤县 (610330) with demo accounts and about 300
 * generated children covering every category, and a generator that makes N children across a province.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "account", "care", "child", "common", "region" })
package org.shouhu.demo;
