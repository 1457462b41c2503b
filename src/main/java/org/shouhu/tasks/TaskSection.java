package org.shouhu.tasks;

import java.util.List;

/** One contributor's items on the home page, under its heading. */
public record TaskSection(String key, String heading, List<TaskItem> items) {
}
