package org.shouhu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditRowsTests {

	@Test
	void showsLoopbackAndIpv4MappedAddressesAsPeopleKnowThem() {
		assertThat(AuditRows.ip("0:0:0:0:0:0:0:1")).isEqualTo("127.0.0.1");
		assertThat(AuditRows.ip("::1")).isEqualTo("127.0.0.1");
		assertThat(AuditRows.ip("::ffff:10.1.2.3")).isEqualTo("10.1.2.3");
		assertThat(AuditRows.ip("0:0:0:0:0:ffff:192.168.0.9")).isEqualTo("192.168.0.9");
	}

	@Test
	void leavesOtherAddressesAsRecorded() {
		assertThat(AuditRows.ip("10.1.2.3")).isEqualTo("10.1.2.3");
		assertThat(AuditRows.ip("2001:db8::1")).isEqualTo("2001:db8::1");
		assertThat(AuditRows.ip(null)).isNull();
	}
}
