package org.shouhu.account;

import java.util.Optional;

import org.shouhu.region.CallerJurisdiction;
import org.springframework.stereotype.Component;

/** The regions module's view of the caller: the jurisdiction of {@link CurrentUser}. */
@Component
class AccountCallerJurisdiction implements CallerJurisdiction {

	@Override
	public Optional<String> find() {
		return CurrentUser.find().map(CurrentUser::jurisdiction);
	}
}
