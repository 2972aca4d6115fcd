package id.sakip.common.paging;

import id.sakip.common.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting parameters shared by every list endpoint: {@code page} (from 0),
 * {@code size} (1..{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and {@code sort}
 * ({@code field} or {@code field,desc}; the allowed fields are listed per endpoint).
 */
public class PageQuery {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Highest page number: keeps page × size (the SQL offset) far from integer overflow. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to 100")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Sort field, optionally followed by ,asc or ,desc; e.g. code,desc")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    private void validate() {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.unprocessable("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.unprocessable("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /**
     * One page of a list built in memory, in its own order (no {@code sort} accepted: 422 when given).
     * For views assembled from several tables, such as a province's overview.
     */
    public <T> Page<T> slice(List<T> all) {
        if (sort != null && !sort.isBlank()) {
            throw ProblemException.unprocessable("sort", "this list has a fixed order and takes no sort");
        }
        validate();
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), page, size, all.size());
    }

    /** Validates the parameters and turns {@code sort} into a Panache sort over the allowed fields. */
    public Sort toSort(String defaultField, Set<String> allowed) {
        validate();
        if (sort == null || sort.isBlank()) {
            return Sort.by(defaultField);
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        if (parts.length > 2 || !allowed.contains(field)) {
            throw ProblemException.unprocessable("sort", "must be a field optionally followed by ,asc or ,desc; fields: "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
        Sort.Direction dir = Sort.Direction.Ascending;
        if (parts.length > 1) {
            String d = parts[1].trim().toLowerCase(Locale.ROOT);
            if (d.equals("desc")) {
                dir = Sort.Direction.Descending;
            } else if (!d.equals("asc")) {
                throw ProblemException.unprocessable("sort", "direction must be asc or desc");
            }
        }
        Sort s = Sort.by(field, dir);
        return field.equals(defaultField) ? s : s.and(defaultField);
    }
}
