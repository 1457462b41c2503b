package org.shouhu.region.web;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.NotFoundException;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region names and the tree (API.md "Regions"). Public data: no jurisdiction scope; the NBS table never changes
 * while running, so answers may be cached for a day.
 */
@RestController
@SecurityRequirements
@Tag(name = "Regions", description = "Administrative divisions (NBS 2023). Public.")
@RequestMapping("/api/v1/regions")
class RegionApi {

	private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final Regions regions;
	private final MessageSource messages;

	RegionApi(Regions regions, MessageSource messages) {
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read a region", operationId = "getRegion")
	ResponseEntity<RegionView> region(@PathVariable String code) {
		return ResponseEntity.ok().cacheControl(ONE_DAY).body(RegionView.of(known(code)));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "A region's subdivisions", operationId = "listSubregions")
	ResponseEntity<List<RegionView>> children(@PathVariable String code) {
		Region parent = known(code);
		return ResponseEntity.ok().cacheControl(ONE_DAY)
				.body(regions.children(parent.getCode()).stream().map(RegionView::of).toList());
	}

	private Region known(String code) {
		return regions.find(code).orElseThrow(() -> new NotFoundException(
				messages.getMessage("region.notFound", new Object[] { shorten(code) }, LocaleContextHolder.getLocale())));
	}

	/** Keeps an echoed code short: it comes straight from the URL. */
	private static String shorten(String code) {
		return code.length() > 20 ? code.substring(0, 20) + "…" : code;
	}
}
