package org.shouhu.survey;

import org.springframework.stereotype.Component;

// TEMPORARY stand-in until h-stats lands; not to be committed
@Component
class PendingCountyStatistics implements CountyStatistics {

	@Override
	public String summaryJson(String countyCode) {
		return "{\"regionCode\":\"" + countyCode + "\",\"children\":0,\"byCategory\":{},\"byRegion\":[]}";
	}
}
