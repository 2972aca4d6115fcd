package id.sakip.collection.round;

import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopKit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Rounds as the caller may see and change them, locked as a change of the round or of its forms needs. */
@ApplicationScoped
public class Rounds {
    private final CallerContext caller;
    private final SopKit kit;

    public Rounds(CallerContext caller, SopKit kit) {
        this.caller = caller;
        this.kit = kit;
    }

    /** The round, if the caller may see it; 404 otherwise. */
    public CollectionRound readable(UUID id) {
        return kit.readable(CollectionRound.class, "round", id);
    }

    /**
     * The round, if the caller may change it (404 or 403 otherwise), locked for this transaction: two
     * transitions of one round run one after the other, and the second sees the first's version (409).
     */
    public CollectionRound writable(UUID id) {
        return kit.writable(CollectionRound.class, "round", id);
    }

    /**
     * The round, if the caller may change its forms, share-locked for this transaction: forms of one
     * round are saved side by side, but not while the round itself changes (recap, return, reopening).
     */
    public CollectionRound formsWritable(UUID id) {
        return caller.writable(CollectionRound.findById(id, LockModeType.PESSIMISTIC_READ), "round", id);
    }
}
