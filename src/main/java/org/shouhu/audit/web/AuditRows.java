package org.shouhu.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.shouhu.audit.AuditEvent;
import org.shouhu.audit.AuditNames;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns audit events into rows a person reads: the actor's display name beside the login name, subjects as Chinese
 * labels ("儿童档案 #123", "走访记录 #1098", "账号 张三（zhangsan）"; never a child's name), Chinese action, outcome
 * and detail (codes such as {@code NO_LONGER_ELIGIBLE} or {@code child=12 level=HIGH} through
 * {@code audit.detail.*}), the child file an event concerns, and the IP address as people know it (the IPv6 loopback
 * shown as {@code 127.0.0.1}). Only the page reads this; the API keeps the stored values. Subject types and codes
 * are labelled from messages.properties ({@code audit.subject.*}, {@code audit.detail.*}) because the modules that
 * own them depend on this one.
 */
@Component
class AuditRows {

	/** Actors recorded by code rather than by a person's login. */
	private static final List<String> SPECIAL_ACTORS = List.of("system", "anonymous");
	private static final Set<String> LOOPBACK = Set.of("::1", "0:0:0:0:0:0:0:1");
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
	private static final Pattern WORD = Pattern.compile("[a-z][A-Za-z]*");
	/** A detail of key=value pairs ({@code child=12 level=HIGH}, {@code reason=全部; rows=3}). */
	private static final Pattern PAIRS = Pattern.compile("[a-z][A-Za-z]*=[^;\\s=]*(?:[;\\s]+[a-z][A-Za-z]*=[^;\\s=]*)*");
	private static final Pattern PAIR = Pattern.compile("([a-z][A-Za-z]*)=([^;\\s=]*)");
	/** Subjects that belong to one child: the child's id is the subject's, or is named in the detail. */
	private static final List<String> CHILD_SUBJECTS = List.of(AuditTrail.CHILD, "VISIT", "CARE_PROBLEM", "ASSESSMENT");

	private final ObjectProvider<AuditNames> names;
	private final Messages messages;
	/** How the care module names the child file of a visit or problem in the detail ("儿童档案 12"). */
	private final Pattern childFile;

	AuditRows(ObjectProvider<AuditNames> names, Messages messages) {
		this.names = names;
		this.messages = messages;
		this.childFile = Pattern.compile(Pattern.quote(messages.get("audit.subject.CHILD")) + " #?(\\d{1,18})");
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

	private Row row(AuditEvent e, Map<String, String> actorNames, Map<Long, AuditNames.Account> accounts) {
		String actor = e.getActor();
		String actorName = SPECIAL_ACTORS.contains(actor) ? messages.get("audit.actor." + actor) : actorNames.get(actor);
		return new Row(e.getAt(), actor, actorName == null || actorName.equals(actor) ? null : actorName,
				e.getAction().label(), e.getOutcome(), e.getOutcome().label(), e.getSubjectType(), e.getSubjectId(),
				subject(e, accounts), childId(e), ip(e.getIp()), e.getIp(), detail(e.getDetail()));
	}

	private String subject(AuditEvent e, Map<Long, AuditNames.Account> accounts) {
		String type = e.getSubjectType();
		String id = e.getSubjectId();
		if (type == null || id == null || id.isBlank()) {
			return null;
		}
		if (AuditTrail.USER.equals(type)) {
			AuditNames.Account account = isNumber(id) ? accounts.get(Long.valueOf(id)) : null;
			if (account != null) {
				return messages.get("audit.subject.account", account.displayName(), account.username());
			}
		}
		return messages.get("audit.subject.numbered", subjectType(type), id);
	}

	/** The Chinese name of a subject type ({@code audit.subject.<TYPE>}), the type itself when it has none. */
	String subjectType(String type) {
		return label("audit.subject." + type, type);
	}

	/** The child file the event concerns, when the subject is a child or something of one; else {@code null}. */
	Long childId(AuditEvent e) {
		String type = e.getSubjectType();
		if (type == null || !CHILD_SUBJECTS.contains(type)) {
			return null;
		}
		if (AuditTrail.CHILD.equals(type)) {
			return isNumber(e.getSubjectId()) ? Long.valueOf(e.getSubjectId()) : null;
		}
		String detail = e.getDetail() == null ? "" : e.getDetail();
		Matcher file = childFile.matcher(detail);
		if (file.find()) {
			return Long.valueOf(file.group(1));
		}
		Matcher pair = PAIR.matcher(detail);
		while (pair.find()) {
			if ("child".equals(pair.group(1)) && isNumber(pair.group(2))) {
				return Long.valueOf(pair.group(2));
			}
		}
		return null;
	}

	/**
	 * The detail in Chinese: a code ({@code NO_LONGER_ELIGIBLE}) or word ({@code reactivate}) by its label, key=value
	 * pairs with their keys and coded values labelled, "儿童档案 12" as "儿童档案 #12"; other text as recorded.
	 */
	String detail(String detail) {
		if (detail == null || detail.isBlank()) {
			return detail;
		}
		String text = detail.strip();
		if (CODE.matcher(text).matches() || WORD.matcher(text).matches()) {
			return label("audit.detail." + text, text);
		}
		if (PAIRS.matcher(text).matches()) {
			List<String> parts = new java.util.ArrayList<>();
			Matcher pair = PAIR.matcher(text);
			while (pair.find()) {
				String value = pair.group(2);
				String shown = "child".equals(pair.group(1)) && isNumber(value)
						? messages.get("audit.subject.numbered", subjectType(AuditTrail.CHILD), value)
						: CODE.matcher(value).matches() ? label("audit.detail." + value, value) : value;
				parts.add(messages.get("audit.detail.pair", label("audit.detail.key." + pair.group(1), pair.group(1)),
						shown));
			}
			return String.join(messages.get("audit.detail.separator"), parts);
		}
		Matcher file = childFile.matcher(text);
		if (file.matches()) {
			return messages.get("audit.subject.numbered", subjectType(AuditTrail.CHILD), file.group(1));
		}
		return text;
	}

	private String label(String key, String fallback) {
		try {
			return messages.get(key);
		}
		catch (NoSuchMessageException e) {
			return fallback;
		}
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
	 * @param childId the child file the event concerns, or {@code null}
	 * @param ip the address to show; {@code recordedIp} the stored value
	 */
	record Row(Instant at, String actor, String actorName, String action, AuditOutcome outcome, String outcomeLabel,
			String subjectType, String subjectId, String subject, Long childId, String ip, String recordedIp,
			String detail) {

		public boolean success() {
			return outcome == AuditOutcome.SUCCESS;
		}

		public boolean ipNormalised() {
			return ip != null && !ip.equals(recordedIp);
		}
	}
}
