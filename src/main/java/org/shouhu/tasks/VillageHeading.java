package org.shouhu.tasks;

import java.util.List;

import org.shouhu.account.VillageDirectors.Director;

/**
 * The heading of a village's cards on a list above a village: the village's name, its township's name when the list
 * spans several townships (null otherwise), and its child directors.
 */
public record VillageHeading(String code, String name, String township, List<Director> directors) {
}
