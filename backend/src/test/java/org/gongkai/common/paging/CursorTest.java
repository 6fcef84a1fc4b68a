package org.gongkai.common.paging;

import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void roundTripsValuesIncludingNullAndChinese() {
        String token = Cursor.encode(LocalDate.of(2011, 10, 8), 42L, null, "法规公文");
        Cursor c = Cursor.decode(token).expect(4);
        assertThat(c.date(0)).isEqualTo(LocalDate.of(2011, 10, 8));
        assertThat(c.longValue(1)).isEqualTo(42L);
        assertThat(c.string(2)).isNull();
        assertThat(c.string(3)).isEqualTo("法规公文");
        assertThat(token).doesNotContain("=", "+", "/");
    }

    @Test
    void tamperedOrForeignCursorsAre400() {
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode(1L)).expect(2)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("abc")).longValue(0)).isInstanceOf(ApiException.class);
    }

    @Test
    void pageKeepsSizeRowsAndPointsAtTheLastOne() {
        Page<String> page = Page.of(List.of(1, 2, 3), 2, i -> Cursor.encode(i), String::valueOf);
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(Cursor.decode(page.nextCursor()).longValue(0)).isEqualTo(2);
        assertThat(Page.of(List.of(1, 2), 2, i -> Cursor.encode(i), String::valueOf).nextCursor()).isNull();
    }
}
