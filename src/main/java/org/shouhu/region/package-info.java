/**
 * Administrative divisions (NBS 统计用区划代码 2023) and jurisdiction checks. Codes are hierarchical by prefix:
 * a village's 12-digit code starts with its township's 9, county's 6, city's 4 and province's 2 digits;
 * {@code CN} stands for all of China.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions",
		allowedDependencies = "common")
package org.shouhu.region;
