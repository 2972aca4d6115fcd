package id.sakip.dashboard.feed;

import com.fasterxml.jackson.databind.JsonNode;

/** What the checks say of one record of a state topic, before anything is written. */
public sealed interface Admission {
    StateTopic topic();

    /** The entity's current state, from its owner, valid against the schema, key and data agreeing. */
    record Accepted(StateTopic topic, String key, String eventId, JsonNode value) implements Admission {
    }

    /** The entity is gone (a null value from the owner): its row is removed. */
    record Removed(StateTopic topic, String key) implements Admission {
    }

    /** Another province's record: not this dashboard's business, skipped without a word. */
    record OtherProvince(StateTopic topic) implements Admission {
    }

    /** Not believed (foreign source, another type, invalid data, key and data disagree): logged, counted, skipped. */
    record Refused(StateTopic topic, String reason) implements Admission {
    }
}
