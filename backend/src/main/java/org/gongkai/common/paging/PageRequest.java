package org.gongkai.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging part of every list request: an opaque cursor from the previous page and a page size. */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the previous page's nextCursor; omit for the first page")
    public String cursor;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1–100 (default 20)")
    public int size = DEFAULT_SIZE;

    public PageRequest() {
    }

    public PageRequest(String cursor, int size) {
        this.cursor = cursor;
        this.size = size;
    }

    /** The decoded cursor, or null on the first page; a tampered cursor is a 400. */
    public Cursor decodedCursor() {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
