package id.sakip.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.testsupport.ApiDocuments;
import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is the committed docs/api/indicator-service.yaml, and says what the issue asks. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class ApiDocumentTest {

    @Test
    void theServedDocumentIsTheCommittedOne() {
        ApiDocuments.assertCommitted("indicator-service");
    }

    @Test
    void everyOperationHasAnIdAProblemErrorAndBinaryDownloads() {
        assertThat(ApiDocuments.flaws()).isEmpty();
    }
}
