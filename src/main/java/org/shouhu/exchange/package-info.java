/**
 * Survey data in and out (DOMAIN.md §9, issue "Survey data in and out"): the xlsx import template (摸底排查表) with
 * its column definitions {@link org.shouhu.exchange.TemplateColumns}, which the importer and the export reuse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "account", "child", "common" })
package org.shouhu.exchange;
