/** The page shell: layout, navigation, home page, login page and shared page pieces. */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "account", "common", "region", "tasks" })
package org.shouhu.web;
