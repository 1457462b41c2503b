package org.shouhu.region;

import java.util.Optional;

/**
 * Where the caller of the current request works: a region code, or {@link Regions#COUNTRY} for all of China. The
 * accounts module, which knows the caller, supplies the bean (it depends on this module, not the other way round), so
 * region pages can root pickers at the caller's jurisdiction.
 */
public interface CallerJurisdiction {

	/** The caller's jurisdiction; empty when nobody is authenticated. */
	Optional<String> find();
}
