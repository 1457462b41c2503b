package org.shouhu.audit;

/** What was done. The API's {@code action} values. */
public enum AuditAction {

	LOGIN_SUCCESS("登录成功"), LOGIN_FAILURE("登录失败"), LOGOUT("退出登录"), VIEW("查看"), CREATE("新建"), UPDATE("修改"),
	EXIT("减员"), EXPORT("导出"), IMPORT("导入"), USER_CHANGE("账号变更");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
