package id.sakip.common.sop;

import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The part of a service for an aggregate that follows an SOP that is the same in every service:
 * the scoped lookups and the reads of the shared contract. A subclass opens, completes its steps and
 * says how its aggregate is viewed.
 *
 * @param <E> the aggregate
 * @param <V> its view
 * @param <N> the request that opens one
 * @param <S> the request that completes a step
 */
public abstract class SopAggregateService<E extends SopAggregate, V extends SopAggregateView, N, S>
        implements SopAggregateOperations<V, N, S> {
    protected final SopKit kit;
    private final Class<E> type;
    private final String noun;

    /** @param noun what the aggregate is called in messages ("round", "report") */
    protected SopAggregateService(SopKit kit, Class<E> type, String noun) {
        this.kit = kit;
        this.type = type;
        this.noun = noun;
    }

    /** For the container's client proxy of a normal-scoped subclass; never called otherwise. */
    protected SopAggregateService() {
        this(null, null, null);
    }

    /** Its view, in the transaction that read it. */
    protected abstract V viewOf(E aggregate);

    /** The aggregate, if the caller may see it; 404 otherwise. */
    public E readable(UUID id) {
        return kit.readable(type, noun, id);
    }

    /** The aggregate, if the caller may change it, locked for this transaction (see {@link SopKit#writable}). */
    public E writable(UUID id) {
        return kit.writable(type, noun, id);
    }

    @Override
    @Transactional
    public V get(UUID id) {
        return viewOf(readable(id));
    }

    @Override
    @Transactional
    public Timeline timeline(UUID id) {
        return kit.timeline(readable(id));
    }
}
