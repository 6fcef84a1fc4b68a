package org.gongkai.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpaRoutingTest {

    @Test
    void appRoutesAreTheAppsWhileApiPlatformAndFilesAreNot() {
        assertThat(SpaRouting.isAppRoute("/items/42")).isTrue();
        assertThat(SpaRouting.isAppRoute("/admin/applications")).isTrue();
        assertThat(SpaRouting.isAppRoute("/")).as("served by the static handler").isFalse();
        assertThat(SpaRouting.isAppRoute("/api/v1/items")).isFalse();
        assertThat(SpaRouting.isAppRoute("/q/health")).isFalse();
        assertThat(SpaRouting.isAppRoute("/assets/index-abc.js")).isFalse();
        assertThat(SpaRouting.isAppRoute("/favicon.svg")).isFalse();
    }
}
