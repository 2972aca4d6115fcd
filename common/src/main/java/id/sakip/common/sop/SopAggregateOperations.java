package id.sakip.common.sop;

import java.util.UUID;

/**
 * What a service does for its aggregate that follows an SOP, behind the one REST contract of
 * {@link SopAggregateResource}: open one, read it and its timeline, complete the step under way.
 *
 * @param <V> the aggregate's view
 * @param <N> the request that opens one
 * @param <S> the request that completes a step
 */
public interface SopAggregateOperations<V extends SopAggregateView, N, S> {

    /** Step 1 of the SOP (the head's order); returns the new aggregate. */
    V open(N request);

    /** The aggregate, if the caller may see it; 404 otherwise. */
    V get(UUID id);

    /** Each step run with who, when, its document and its time standard; the steps ahead. */
    Timeline timeline(UUID id);

    /** Completes the step under way ({@code key}) with its document, doing what the step stands for. */
    V completeStep(UUID id, String key, S completion);
}
