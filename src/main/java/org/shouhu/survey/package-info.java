/**
 * Survey rounds with review (审核报送, issue 10 "Survey data in and out"): a county's civil affairs opens a round with
 * a deadline; the villages with active files are fixed at opening; each village's director confirms the village's
 * files are checked, each township's supervisor submits the township once all its villages are confirmed, and the
 * county closes the round, which freezes the county's statistics summary as a snapshot that stays readable as it was.
 * To-do items for late villages and townships come from {@code SurveyTaskContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey rounds",
		allowedDependencies = { "account", "audit", "child", "common", "region", "statistics", "tasks" })
package org.shouhu.survey;
