package id.sakip.collection.round;

import java.util.UUID;

/**
 * A round or one of its forms changed in this transaction: a synchronous CDI event for the state
 * projector, fired by the services after the change.
 */
public record RoundChanged(UUID roundId) {
}
