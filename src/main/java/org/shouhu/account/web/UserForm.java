package org.shouhu.account.web;

import java.util.EnumSet;
import java.util.Set;

import org.shouhu.account.Department;
import org.shouhu.account.Role;
import org.shouhu.account.UserView;

/** The create/edit form of the user admin pages. */
public class UserForm {

	private String username;
	private String displayName;
	private String password;
	private Set<Role> roles = EnumSet.noneOf(Role.class);
	private String jurisdiction;
	private Department department;
	private String phone;
	private Long version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.jurisdiction = user.jurisdiction();
		form.department = user.department();
		form.phone = user.phone();
		form.version = user.version();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public String getJurisdiction() {
		return jurisdiction;
	}

	public void setJurisdiction(String jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	public Department getDepartment() {
		return department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
