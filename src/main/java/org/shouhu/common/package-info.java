/**
 * Shared kernel: error types every module throws and the API's problem-detail rendering,
 * field encryption for sensitive personal information, and the application clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common",
		allowedDependencies = {})
package org.shouhu.common;
