package org.gongkai.common.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a write changed, for the audit log. Unchanged fields are left out. */
public final class ChangeSet {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static ChangeSet empty() {
        return new ChangeSet();
    }

    /** A new record: every given field with its value. */
    public static ChangeSet created(Map<String, ?> values) {
        ChangeSet c = new ChangeSet();
        values.forEach((k, v) -> {
            if (v != null) {
                c.fields.put(k, v);
            }
        });
        return c;
    }

    /** Records {@code field} when the value changes; returns this for chaining. */
    public ChangeSet field(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> diff = new LinkedHashMap<>();
            diff.put("from", from);
            diff.put("to", to);
            fields.put(field, diff);
        }
        return this;
    }

    /** A value worth recording that is not a before/after pair (a reason, a note, a count). */
    public ChangeSet note(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** Records that a secret changed without recording it. */
    public ChangeSet redacted(String field) {
        fields.put(field, "***");
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Object> asMap() {
        return Map.copyOf(fields);
    }

    Map<String, Object> ordered() {
        return fields;
    }
}
