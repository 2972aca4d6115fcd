package id.sakip.reporting.report;

import io.smallrye.config.ConfigMapping;

/** Where the agencies' signing keys are ({@code sakip.signing.dir}: one PKCS#12 keystore per agency). */
@ConfigMapping(prefix = "sakip.signing")
public interface SigningConfig {
    String dir();
}
