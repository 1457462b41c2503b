package org.shouhu.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.shouhu.audit.AuditEvent;
import org.shouhu.audit.AuditNames;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns audit events into rows a person reads: the actor's display name beside the login name, subjects as labels
 * ("儿童档案 #123", "账号 张三（zhangsan）"; never a child's name), Chinese action and outcome, and the IP address as
 * people know it (the IPv6 loopback shown as {@code 127.0.0.1}). Only the page reads this; the API keeps the stored
 * values.
 */
@Component
class AuditRows {

	/** Actors recorded by code rather than by a person's login. */
	private static final Map<String, String> SPECIAL_ACTORS = Map.of("system", "系统", "anonymous", "未登录访客");
	private static final Set<String> LOOPBACK = Set.of("::1", "0:0:0:0:0:0:0:1");
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	private final ObjectProvider<AuditNames> names;

	AuditRows(ObjectProvider<AuditNames> names) {
		this.names = names;
	}

	List<Row> rows(List<AuditEvent> events) {
		AuditNames source = names.getIfAvailable();
		Map<String, String> actorNames = source == null ? Map.of()
				: source.displayNames(events.stream().map(AuditEvent::getActor).filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		Map<Long, AuditNames.Account> accounts = source == null ? Map.of()
				: source.accounts(events.stream()
					.filter(e -> AuditTrail.USER.equals(e.getSubjectType()) && isNumber(e.getSubjectId()))
					.map(e -> Long.valueOf(e.getSubjectId())).collect(Collectors.toSet()));
		return events.stream().map(e -> row(e, actorNames, accounts)).toList();
	}

	private static Row row(AuditEvent e, Map<String, String> actorNames, Map<Long, AuditNames.Account> accounts) {
		String actor = e.getActor();
		String actorName = SPECIAL_ACTORS.getOrDefault(actor, actorNames.get(actor));
		return new Row(e.getAt(), actor, actorName == null || actorName.equals(actor) ? null : actorName,
				e.getAction().label(), e.getOutcome(), e.getOutcome().label(), e.getSubjectType(), e.getSubjectId(),
				subject(e, accounts), ip(e.getIp()), e.getIp(), e.getDetail());
	}

	private static String subject(AuditEvent e, Map<Long, AuditNames.Account> accounts) {
		String type = e.getSubjectType();
		String id = e.getSubjectId();
		if (type == null || id == null || id.isBlank()) {
			return null;
		}
		if (AuditTrail.CHILD.equals(type)) {
			return "儿童档案 #" + id;
		}
		if (AuditTrail.USER.equals(type)) {
			AuditNames.Account account = isNumber(id) ? accounts.get(Long.valueOf(id)) : null;
			return account == null ? "账号 #" + id : "账号 " + account.displayName() + "（" + account.username() + "）";
		}
		return type + " #" + id;
	}

	/** The address as people know it: loopback as 127.0.0.1, IPv4-mapped IPv6 as the IPv4 address. */
	static String ip(String ip) {
		if (ip == null || ip.isBlank()) {
			return null;
		}
		String value = ip.trim();
		if (LOOPBACK.contains(value)) {
			return "127.0.0.1";
		}
		String lower = value.toLowerCase(Locale.ROOT);
		for (String prefix : new String[] { "::ffff:", "0:0:0:0:0:ffff:" }) {
			if (lower.startsWith(prefix) && IPV4.matcher(lower.substring(prefix.length())).matches()) {
				return value.substring(prefix.length());
			}
		}
		return value;
	}

	private static boolean isNumber(String text) {
		return text != null && NUMBER.matcher(text).matches();
	}

	/**
	 * One event as the page shows it.
	 *
	 * @param actorName display name of the actor, or {@code null} when there is none beside the login name
	 * @param subject readable label of the subject, or {@code null} when the event has none
	 * @param ip the address to show; {@code recordedIp} the stored value
	 */
	record Row(Instant at, String actor, String actorName, String action, AuditOutcome outcome, String outcomeLabel,
			String subjectType, String subjectId, String subject, String ip, String recordedIp, String detail) {

		public boolean success() {
			return outcome == AuditOutcome.SUCCESS;
		}

		public boolean ipNormalised() {
			return ip != null && !ip.equals(recordedIp);
		}
	}
}
