package org.shouhu.care;

import java.util.List;

/** One page of a list: {@code {"items", "page", "size", "hasNext"}} (API.md conventions). */
public record CarePage<T>(List<T> items, int page, int size, boolean hasNext) {
}
