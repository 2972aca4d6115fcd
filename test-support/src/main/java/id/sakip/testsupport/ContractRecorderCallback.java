package id.sakip.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Puts {@link ContractRecorder} in front of every {@code @QuarkusTest}'s REST Assured calls (service loader). */
public class ContractRecorderCallback implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractRecorder.install();
    }
}
