package org.shouhu.account;

import java.util.Arrays;
import java.util.function.Predicate;

import org.shouhu.common.ForbiddenException;
import org.shouhu.common.Messages;
import org.springframework.stereotype.Component;

/**
 * The caller check of every module's application services (docs/architecture.md "Caller check"): who is calling and
 * whether their roles allow the service, else {@link ForbiddenException} (403) with the module's Chinese text. Where
 * the caller may look is then {@link CurrentUser#jurisdiction()}: queries restrict rows to it with
 * {@link org.shouhu.region.RegionScope}, single codes are checked with {@link CurrentUser#covers(String)}, and a row
 * outside it is answered 404 like an unknown id. The actor name of histories and records is
 * {@link CurrentUser#actorName()}.
 * <p>
 * Checks are made here, in the services, not with annotations on controllers: pages and the API share the service,
 * and the message (and whether a refusal is 403 or, for data outside the jurisdiction, 404) depends on the module and
 * on the data.
 */
@Component
public class Callers {

	private final Messages messages;

	Callers(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The caller, whose roles must work with child files (儿童主任, 督导员, 民政, {@link Role#worksWithChildFiles()});
	 * else 403 with the text of {@code forbiddenKey}.
	 */
	public CurrentUser childFileWorker(String forbiddenKey) {
		return matching(forbiddenKey, CurrentUser::worksWithChildFiles);
	}

	/**
	 * The caller, whose roles must work with child files or include {@link Role#VIEWER} (领导查看: aggregate statistics
	 * only, DOMAIN.md §4); else 403 with the text of {@code forbiddenKey}.
	 */
	public CurrentUser statisticsReader(String forbiddenKey) {
		return matching(forbiddenKey, user -> user.worksWithChildFiles() || user.has(Role.VIEWER));
	}

	/** The caller, who must hold one of {@code roles}; else 403 with the text of {@code forbiddenKey}. */
	public CurrentUser holding(String forbiddenKey, Role... roles) {
		return matching(forbiddenKey, user -> Arrays.stream(roles).anyMatch(user::has));
	}

	private CurrentUser matching(String forbiddenKey, Predicate<CurrentUser> allowed) {
		return CurrentUser.find()
			.filter(allowed)
			.orElseThrow(() -> new ForbiddenException(messages.get(forbiddenKey)));
	}
}
