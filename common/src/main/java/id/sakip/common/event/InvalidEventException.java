package id.sakip.common.event;

/** A consumed record that can never be processed (bad envelope or payload): it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
