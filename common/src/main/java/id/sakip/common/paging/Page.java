package id.sakip.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the page asked for and the total count. */
@Schema(description = "One page of a list: items, page (from 0), size (at most 100) and the total count")
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageQuery q, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(q.page, q.size)).list().stream()
                .map(mapper).toList();
        return new Page<>(items, q.page, q.size, query.count());
    }
}
