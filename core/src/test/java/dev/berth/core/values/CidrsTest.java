package dev.berth.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CIDR blocks as a NetworkPolicy's ipBlock takes them (issue 13, egress to hosts outside the cluster). */
class CidrsTest {

    @Test
    void ipv4_and_ipv6_blocks_with_a_prefix_in_range_are_cidrs() {
        // GIVEN blocks a NetworkPolicy accepts WHEN checked THEN each is a CIDR
        assertThat(Cidrs.isCidr("10.20.0.0/16")).isTrue();
        assertThat(Cidrs.isCidr("0.0.0.0/0")).isTrue();
        assertThat(Cidrs.isCidr("203.0.113.7/32")).isTrue();
        assertThat(Cidrs.isCidr("2001:db8::/32")).isTrue();
        assertThat(Cidrs.isCidr("::/0")).isTrue();
        assertThat(Cidrs.isCidr("2001:db8:0:0:0:0:0:1/128")).isTrue();
    }

    @Test
    void a_prefix_out_of_range_a_bad_address_or_a_host_name_is_no_cidr() {
        assertThat(Cidrs.isCidr("10.20.0.0/33")).isFalse();
        assertThat(Cidrs.isCidr("10.20.0.256/16")).isFalse();
        assertThat(Cidrs.isCidr("10.20.0/16")).isFalse();
        assertThat(Cidrs.isCidr("10.20.0.0")).isFalse();
        assertThat(Cidrs.isCidr("db.example.com/16")).isFalse();
        assertThat(Cidrs.isCidr("2001:db8::1::/64")).isFalse();
        assertThat(Cidrs.isCidr("2001:db8::/129")).isFalse();
        assertThat(Cidrs.isCidr(null)).isFalse();
    }
}
