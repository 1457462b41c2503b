/**
 * Survey data in and out (DOMAIN.md §9, issue "Survey data in and out"): the xlsx import template (摸底排查表) with
 * its column definitions {@link org.shouhu.exchange.TemplateColumns}, which the importer and the export reuse;
 * the import job ({@link org.shouhu.exchange.Imports}: upload, background batches, progress, error workbook).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "account", "audit", "child", "common", "region" })
package org.shouhu.exchange;
