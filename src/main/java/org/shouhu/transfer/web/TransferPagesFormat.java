package org.shouhu.transfer.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times on the transfer pages ({@code @transferPagesFormat} in templates), in China Standard Time. */
@Component
public class TransferPagesFormat {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Shanghai"));

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}
}
