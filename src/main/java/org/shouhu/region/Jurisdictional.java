package org.shouhu.region;

/**
 * Something that works within one jurisdiction: a region code, or {@link Regions#COUNTRY} for all of China. The
 * authenticated principal implements it, so region pages can root pickers at the caller's jurisdiction without
 * knowing about accounts.
 */
public interface Jurisdictional {

	String jurisdiction();
}
