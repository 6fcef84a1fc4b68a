package org.gongkai.reports;

import org.gongkai.reports.ReportTables.Cell;
import org.gongkai.reports.ReportTables.Placed;
import org.gongkai.reports.ReportTables.Table;
import org.gongkai.reports.ReportTables.TableKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTablesTest {

    private static Placed find(Table t, String text) {
        for (Placed[] row : t.grid()) {
            for (Placed p : row) {
                if (p.cell().text().equals(text)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    @Test
    void table3Of2021HasTheTemplatesTwoLevelHeaderAndRows() {
        Table t = ReportTables.of(TableKey.APPLICATIONS_2021, ReportFixtures.busy2021());
        assertThat(t.columns()).isEqualTo(10);
        assertThat(t.headerRows()).isEqualTo(3);
        assertThat(t.rows()).hasSize(3 + 2 + 22 + 1);
        Placed applicants = find(t, "申请人情况");
        assertThat(applicants.row()).isZero();
        assertThat(applicants.column()).isEqualTo(3);
        assertThat(applicants.cell().colSpan()).isEqualTo(7);
        Placed natural = find(t, "自然人");
        assertThat(natural.row()).isEqualTo(1);
        assertThat(natural.cell().rowSpan()).isEqualTo(2);
        Placed orgs = find(t, "法人或其他组织");
        assertThat(orgs.column()).isEqualTo(4);
        assertThat(orgs.cell().colSpan()).isEqualTo(5);
        assertThat(find(t, "商业企业").row()).isEqualTo(2);
        assertThat(find(t, "其他").column()).isEqualTo(8);
        Placed total = find(t, "总计");
        assertThat(total.column()).isEqualTo(9);
        assertThat(total.cell().rowSpan()).isEqualTo(2);
        assertThat(find(t, "三、本年度办理结果").cell().rowSpan()).isEqualTo(22);
        assertThat(find(t, "（三）不予公开").cell().rowSpan()).isEqualTo(8);
        assertThat(find(t, "（四）无法提供").cell().rowSpan()).isEqualTo(3);
        assertThat(find(t, "（五）不予处理").cell().rowSpan()).isEqualTo(5);
        assertThat(find(t, "（六）其他处理").cell().rowSpan()).isEqualTo(3);
        assertThat(find(t, "一、本年新收政府信息公开申请数量").cell().colSpan()).isEqualTo(3);
        assertThat(find(t, "（一）予以公开").cell().colSpan()).isEqualTo(2);
        assertThat(find(t, "（七）总计").cell().colSpan()).isEqualTo(2);
        assertThat(find(t, "1.属于国家秘密").column()).isEqualTo(2);

        assertThat(t.value("new_requests", "natural_person")).isEqualTo(120L);
        assertThat(t.value("new_requests", "grand_total")).isEqualTo(150L);
        assertThat(t.value("result_not_public_third_party", "grand_total")).isEqualTo(6L);
        assertThat(t.value("result_other_overdue_no_rectify", "natural_person")).isEqualTo(7L);
        assertThat(t.value("result_total", "grand_total")).isEqualTo(149L);
        assertThat(t.value("carry_next_year", "grand_total")).isEqualTo(3L);
        assertThat(t.values()).doesNotContainKey("result_other_total");
        // the value cell of 总计 in the row 四、结转下年度继续办理 is the last cell of the last row
        List<Cell> last = t.rows().get(t.rows().size() - 1);
        assertThat(last.get(last.size() - 1).key()).isEqualTo("carry_next_year.grand_total");
        assertThat(last.get(last.size() - 1).text()).isEqualTo("3");
    }

    @Test
    void table3Of2019HasOneOtherHandlingRow() {
        Table t = ReportTables.of(TableKey.APPLICATIONS_2019, ReportFixtures.busy2021());
        assertThat(t.rows()).hasSize(3 + 2 + 20 + 1);
        assertThat(find(t, "三、本年度办理结果").cell().rowSpan()).isEqualTo(20);
        Placed other = find(t, "（六）其他处理");
        assertThat(other.cell().colSpan()).isEqualTo(2);
        assertThat(other.cell().rowSpan()).isEqualTo(1);
        assertThat(t.value("result_other_total", "natural_person")).isEqualTo(9L);
        assertThat(t.value("result_other_total", "business_corp")).isEqualTo(1L);
        assertThat(t.values()).doesNotContainKey("result_other_overdue_no_rectify");
    }

    @Test
    void table2Of2021() {
        Table t = ReportTables.of(TableKey.PROACTIVE_2021, ReportFixtures.busy2021());
        assertThat(t.columns()).isEqualTo(4);
        assertThat(find(t, "第二十条第（一）项").cell().colSpan()).isEqualTo(4);
        assertThat(find(t, "本年收费金额（单位：万元）").cell().colSpan()).isEqualTo(3);
        assertThat(t.value("regulations", "issued_this_year")).isEqualTo(1L);
        assertThat(t.value("normative_docs", "abolished_this_year")).isEqualTo(3L);
        assertThat(t.value("normative_docs", "effective_now")).isEqualTo(41L);
        assertThat(t.value("admin_permission", "decisions")).isEqualTo(2310L);
        assertThat(t.value("admin_public_fee", "fee_amount")).isEqualTo(new BigDecimal("12.35"));
        assertThat(find(t, "12.35").cell().colSpan()).isEqualTo(3);
    }

    @Test
    void table2Of2019ShowsMissingInputsAsNotEntered() {
        Table t = ReportTables.of(TableKey.PROACTIVE_2019, ReportFigures.empty(2019));
        assertThat(find(t, "第二十条第（九）项").row()).isGreaterThan(find(t, "第二十条第（八）项").row());
        assertThat(find(t, "其他对外管理服务事项").column()).isZero();
        assertThat(t.value("admin_permission", "previous_year_items")).isNull();
        long notEntered = java.util.Arrays.stream(t.grid()).flatMap(java.util.Arrays::stream).distinct()
                .filter(p -> p.cell().text().equals(ReportTables.NOT_ENTERED)).count();
        assertThat(notEntered).isEqualTo(13);
    }

    @Test
    void table4HasThreeBlocksOfFiveColumns() {
        Table t = ReportTables.of(TableKey.APPEALS, ReportFixtures.busy2021());
        assertThat(t.columns()).isEqualTo(15);
        Placed rev = find(t, "行政复议");
        assertThat(rev.cell().rowSpan()).isEqualTo(2);
        assertThat(rev.cell().colSpan()).isEqualTo(5);
        Placed lit = find(t, "行政诉讼");
        assertThat(lit.column()).isEqualTo(5);
        assertThat(lit.cell().colSpan()).isEqualTo(10);
        assertThat(find(t, "未经复议直接起诉").column()).isEqualTo(5);
        assertThat(find(t, "复议后起诉").column()).isEqualTo(10);
        assertThat(t.rows().get(2)).extracting(Cell::text).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(t.rows().get(3)).extracting(Cell::text).containsExactly("3", "1", "0", "1", "5", "1", "0", "0", "1", "2",
                "0", "0", "1", "0", "1");
        assertThat(t.value("cases", "rev_total")).isEqualTo(5L);
        assertThat(t.value("cases", "lit_after_rev_other")).isEqualTo(1L);
    }

    @Test
    void legacyStatisticsListTheSeedsFigures() {
        Table t = ReportTables.of(TableKey.LEGACY_STATISTICS, ReportFixtures.dongqu2011());
        assertThat(t.value("proactive", "cumulative_published")).isEqualTo(75_646L);
        assertThat(t.value("category", "NEWS")).isEqualTo(5_436L);
        assertThat(t.value("reading_points", "SERVICE_CENTRE.people")).isEqualTo(403_517L);
        assertThat(t.value("activities", "training_participants")).isEqualTo(116L);
        assertThat(find(t, "未统计").cell().key()).isEqualTo("activities.website_visits");
        assertThat(t.values().get("activities")).containsEntry("website_visits", null);
    }

    @Test
    void everyFormatHasItsTables() {
        assertThat(ReportTables.of(ReportFormat.NATIONAL_2021, ReportFixtures.busy2021())).extracting(Table::key)
                .containsExactly(TableKey.PROACTIVE_2021, TableKey.APPLICATIONS_2021, TableKey.APPEALS);
        assertThat(ReportTables.of(ReportFormat.NATIONAL_2019, ReportFixtures.busy2021())).extracting(Table::key)
                .containsExactly(TableKey.PROACTIVE_2019, TableKey.APPLICATIONS_2019, TableKey.APPEALS);
        assertThat(ReportTables.of(ReportFormat.LEGACY, ReportFixtures.dongqu2011())).extracting(Table::key)
                .containsExactly(TableKey.LEGACY_STATISTICS);
    }
}
