package org.shouhu.survey.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
import org.shouhu.statistics.StatisticsSummary;
import org.shouhu.survey.NewSurveyRound;
import org.shouhu.survey.OpenedSurveyRound;
import org.shouhu.survey.SurveyRoundHistoryEntry;
import org.shouhu.survey.SurveyRoundSummary;
import org.shouhu.survey.SurveyRoundView;
import org.shouhu.survey.SurveyRounds;
import org.shouhu.survey.VillageProgress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey rounds over REST (API.md "Import, export, rounds, transfers and statistics"): open (201), read, list, the
 * villages with their directors, the history, confirm a village, submit a township, close, and the frozen snapshot.
 * Rules, scoping and audit live in {@link SurveyRounds}.
 */
@RestController
@Tag(name = "Survey rounds", description = "摸底排查轮次: village confirmations, township submissions, frozen statistics.")
@RequestMapping("/api/v1/survey-rounds")
class SurveyRoundApi {

	private final SurveyRounds rounds;

	SurveyRoundApi(SurveyRounds rounds) {
		this.rounds = rounds;
	}

	@PostMapping
	@Operation(summary = "Open a survey round of a county", operationId = "openSurveyRound")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The county has an open round already, or no village of it holds an active file")
	ResponseEntity<OpenedSurveyRound> open(@RequestBody NewSurveyRound request) {
		OpenedSurveyRound opened = rounds.open(request);
		return ResponseEntity.created(URI.create("/api/v1/survey-rounds/" + opened.id())).body(opened);
	}

	@GetMapping
	@Operation(summary = "The survey rounds of the counties in a region, newest first", operationId = "listSurveyRounds")
	ListPage<SurveyRoundSummary> list(@RequestParam(required = false) String regionCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return rounds.list(regionCode, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A survey round with its progress by township", operationId = "getSurveyRound")
	SurveyRoundView find(@PathVariable long id) {
		return rounds.find(id);
	}

	@GetMapping("/{id}/villages")
	@Operation(summary = "The villages of a round with their confirmation and directors, late first",
			operationId = "listSurveyRoundVillages")
	List<VillageProgress> villages(@PathVariable long id, @RequestParam(required = false) String townshipCode) {
		return rounds.villages(id, townshipCode);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who did what when in a round, oldest first", operationId = "getSurveyRoundHistory")
	List<SurveyRoundHistoryEntry> history(@PathVariable long id) {
		return rounds.history(id);
	}

	@PostMapping("/{id}/villages/{villageCode}/confirm")
	@Operation(summary = "The village's director confirms its files are checked", operationId = "confirmSurveyVillage")
	@ConflictWhen("The round is closed, the township was submitted, or the village is confirmed already")
	SurveyRoundView confirm(@PathVariable long id, @PathVariable String villageCode) {
		return rounds.confirm(id, villageCode);
	}

	@PostMapping("/{id}/townships/{townshipCode}/submit")
	@Operation(summary = "The township's supervisor submits the township", operationId = "submitSurveyTownship")
	@ConflictWhen("The round is closed, the township was submitted already, or villages of it are unconfirmed")
	SurveyRoundView submit(@PathVariable long id, @PathVariable String townshipCode) {
		return rounds.submit(id, townshipCode);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a round and freeze the county's statistics", operationId = "closeSurveyRound")
	@ConflictWhen("The round is closed already")
	SurveyRoundView close(@PathVariable long id) {
		return rounds.close(id);
	}

	@GetMapping(path = "/{id}/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The county's statistics summary as frozen at closing", operationId = "getSurveyRoundSnapshot")
	@ConflictWhen("The round is still open")
	@ApiResponse(responseCode = "200", description = "The statistics summary stored when the round closed",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = StatisticsSummary.class)))
	ResponseEntity<String> snapshot(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rounds.snapshot(id));
	}
}
