/** The page shell: layout, navigation, home page, login page and shared page pieces. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.shouhu.web;
