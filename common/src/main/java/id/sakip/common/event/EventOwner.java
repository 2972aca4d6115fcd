package id.sakip.common.event;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service that owns an event type, named in the type itself: {@code id.sakip.<service>.<Name>.v<n>}
 * is published only by {@code <service>-service}, with the CloudEvents source
 * {@code /sakip/<service>-service}, on its own topics {@code sakip.<service>.*}. A consumer accepts
 * an event only from its owner ({@link #refusal}); the broker's ACLs (one principal per service,
 * write only to its own topics) make the topic the part a producer cannot forge.
 */
public record EventOwner(String service) {
    private static final Pattern TYPE = Pattern.compile("^id\\.sakip\\.([a-z][a-z0-9-]*)\\.[A-Z][A-Za-z0-9]*\\.v[0-9]+$");

    /** The owner of a type, or empty for a name that does not follow the convention. */
    public static Optional<EventOwner> of(String type) {
        Matcher m = type == null ? null : TYPE.matcher(type);
        return m != null && m.matches() ? Optional.of(new EventOwner(m.group(1))) : Optional.empty();
    }

    /** The CloudEvents {@code source} of the owner's outbox ({@code sakip.outbox.source}). */
    public String source() {
        return "/sakip/" + service + "-service";
    }

    /** Whether a topic is one of the owner's. */
    public boolean owns(String topic) {
        return topic != null && topic.startsWith("sakip." + service + ".");
    }

    /**
     * Why an event of {@code type} from {@code source} on {@code topic} is not its owner's, or empty
     * when it is.
     */
    public static Optional<String> refusal(String type, String source, String topic) {
        Optional<EventOwner> owner = of(type);
        if (owner.isEmpty()) {
            return Optional.of("type " + type + " names no owning service");
        }
        if (!owner.get().source().equals(source)) {
            return Optional.of("source " + source + " is not " + owner.get().source() + ", the owner of " + type);
        }
        if (!owner.get().owns(topic)) {
            return Optional.of("topic " + topic + " is not one of " + owner.get().service() + "-service's (sakip."
                    + owner.get().service() + ".*)");
        }
        return Optional.empty();
    }
}
