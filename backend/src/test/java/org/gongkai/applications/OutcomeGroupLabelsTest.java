package org.gongkai.applications;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outcome groups' chart labels: the report's headings without their （一）…（六） numbering. */
class OutcomeGroupLabelsTest {

    @Test
    void plainLabelsDropTheNumbering() {
        assertEquals(List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"),
                Arrays.stream(OutcomeCode.Group.values()).map(OutcomeCode.Group::plainZh).toList());
    }
}
