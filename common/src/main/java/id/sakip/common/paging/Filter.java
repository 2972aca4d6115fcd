package id.sakip.common.paging;

import id.sakip.common.security.CallerContext;
import io.quarkus.panache.common.Parameters;

/**
 * A Panache query for a list endpoint, always scoped to what the caller may see: its own agency
 * (admin: any; provinsi: the agencies of its province), then narrowed by optional filters. Entities
 * must have {@code agencyCode} and {@code provinceCode} fields.
 */
public final class Filter {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    private Filter() {
    }

    /** Scoped to the caller; {@code requestedAgency} narrows further where the caller may choose it. */
    public static Filter scopedTo(CallerContext caller, String requestedAgency) {
        Filter f = new Filter();
        f.eq("agencyCode", caller.agencyFilter(requestedAgency));
        f.eq("provinceCode", caller.provinceFilter());
        return f;
    }

    /**
     * Scoped to the caller through another entity: {@code field in (select alias.id from <entity> alias
     * where <the caller's scope on alias>)}, for rows that carry their parent's id, not its agency
     * (a form of a round).
     */
    public static Filter scopedThrough(CallerContext caller, String field, String entity) {
        Filter parent = new Filter();
        parent.eq("parent.agencyCode", caller.agencyFilter(null));
        parent.eq("parent.provinceCode", caller.provinceFilter());
        Filter f = new Filter();
        f.where.append(" and ").append(field).append(" in (select parent.id from ").append(entity)
                .append(" parent where ").append(parent.where).append(')');
        parent.params.map().forEach(f.params::and);
        return f;
    }

    /** Adds {@code field = value} unless the value is null (filter not given). */
    public Filter eq(String field, Object value) {
        if (value != null) {
            String name = "p" + field.replaceAll("[^A-Za-z0-9]", "");
            where.append(" and ").append(field).append(" = :").append(name);
            params.and(name, value);
        }
        return this;
    }

    public String query() {
        return where.toString();
    }

    public Parameters params() {
        return params;
    }
}
